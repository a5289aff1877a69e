namespace AnalysisKit.Variation.Spc;

/// <summary>
/// NHS England "Making Data Count" XmR charts exactly as NHSRplotthedots 0.2.2 computes them (<c>ptd_spc</c>):
/// mean ± 2.66·mR̄ process limits, moving ranges ≥ 3.267·mR̄ screened out, the four special-cause rules with their
/// precedence, improvement direction, rebasing, fixing limits after n points, target and assurance.
/// </summary>
/// <remarks>
/// Pipeline: validate → split into rebase groups → limits (mean and mR̄ of the fixed values) → classify points → orient
/// by direction → summarise and warn. Reference: NHS England and NHS Improvement, "Making Data Count: Strengthening your
/// decisions" (2019); Wheeler DJ, "Understanding Variation" (2000) for 2.66 and 3.267.
/// </remarks>
public static class XmrChart
{
    /// <summary>Process-limit multiplier of the mean moving range (3/d2 = 3/1.128, rounded as NHS England uses it).</summary>
    public const double LimitMultiplier = 2.66;

    /// <summary>Upper limit of moving ranges as a multiple of mR̄ (D4 = 3.267); ranges at or above it are screened.</summary>
    public const double MovingRangeScreen = 3.267;

    /// <summary>
    /// A rebase group with fewer points than this has trial limits and a warning. NHSRplotthedots 0.2.2 documents 12
    /// but codes 13 (<c>n() &lt; 13</c>); AnalysisKit follows the code so that the same groups are flagged.
    /// </summary>
    public const int ShortGroupThreshold = 13;

    /// <summary>Fewest points after which limits may be fixed (NHSRplotthedots: fix_after_n_points ≥ 12).</summary>
    public const int MinimumFixAfterPoints = 12;

    /// <summary>Computes an XmR chart.</summary>
    /// <param name="points">The series in strictly increasing date order; null values are missing periods.</param>
    /// <param name="options">Direction, screening, rebasing, fixing and target; defaults when null.</param>
    public static XmrResult Calculate(IReadOnlyList<SpcPoint> points, XmrOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        options ??= new XmrOptions();
        SpcInput.RequireOrderedDates(points.Select(p => p.Date).ToList(), nameof(points));
        for (var i = 0; i < points.Count; i++)
        {
            SpcInput.RequireFinite(points[i].Value, nameof(points), i, "value");
        }

        if (options.FixAfterNPoints is { } fix && fix < MinimumFixAfterPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(options), VariationMessages.FixAfterTooSmall(fix));
        }

        var rebase = options.RebaseDates ?? Array.Empty<DateOnly>();
        foreach (var date in rebase)
        {
            if (!points.Any(p => p.Date == date))
            {
                throw new ArgumentException(VariationMessages.RebaseDateNotInSeries(date), nameof(options));
            }
        }

        var warnings = new List<string>();
        if (options.Target is not null && options.Direction == ImprovementDirection.Neutral)
        {
            warnings.Add(VariationMessages.TargetWithNeutralDirection);
        }

        var groupOf = new int[points.Count];
        for (int i = 0, g = 0; i < points.Count; i++)
        {
            g += rebase.Contains(points[i].Date) ? 1 : 0;
            groupOf[i] = g;
        }

        var result = new List<XmrPoint>(points.Count);
        var summaries = new List<XmrGroupSummary>();
        var groups = groupOf.Distinct().ToList();
        foreach (var group in groups)
        {
            var members = Enumerable.Range(0, points.Count).Where(i => groupOf[i] == group).Select(i => points[i]).ToList();
            var consecutive = Enumerable.Range(1, Math.Max(members.Count - 1, 0)).Count(i => members[i].Value.HasValue && members[i - 1].Value.HasValue);
            if (consecutive == 0)
            {
                throw new ArgumentException(VariationMessages.NoMovingRange(group, members[0].Date), nameof(points));
            }

            var groupPoints = CalculateGroup(members, group, options);
            result.AddRange(groupPoints);
            var shortGroup = members.Count < ShortGroupThreshold;
            if (shortGroup)
            {
                warnings.Add(VariationMessages.ShortGroup(group, members.Count, ShortGroupThreshold));
            }

            if (members.Count < XmrRules.RunLength)
            {
                warnings.Add(VariationMessages.FewPointsForRule(members.Count, XmrRules.RunLength, "7-point run and trend"));
            }

            var last = groupPoints[^1];
            var isLastGroup = group == groups[^1];
            summaries.Add(new XmrGroupSummary(
                group, last.Mean, last.LowerLimit, last.UpperLimit, groupPoints.Count,
                groupPoints.Count(p => !p.SpecialCauseFlag),
                groupPoints.Count(p => p.PointType == SpcPointType.SpecialCauseImprovement),
                groupPoints.Count(p => p.PointType == SpcPointType.SpecialCauseConcern),
                last.PointType,
                isLastGroup ? Assurance(options, last) : null,
                shortGroup));
        }

        return new XmrResult(options, result, summaries, warnings);
    }

    /// <summary>The rule as NHSRplotthedots writes it.</summary>
    public static string Label(SpecialCauseType type) => type switch
    {
        SpecialCauseType.AboveUpperLimit => "Above UCL",
        SpecialCauseType.BelowLowerLimit => "Below LCL",
        SpecialCauseType.TrendIncreasing => "7 Point Trend (Increasing)",
        SpecialCauseType.TrendDecreasing => "7 Point Trend (Decreasing)",
        SpecialCauseType.TwoInThreeAbove => "2 in 3 Above CL",
        SpecialCauseType.TwoInThreeBelow => "2 in 3 Below CL",
        SpecialCauseType.RunAbove => "7 Points Above CL",
        SpecialCauseType.RunBelow => "7 Points Below CL",
        _ => "Common Cause",
    };

    /// <summary>The point type as NHSRplotthedots writes it, e.g. "special_cause_improvement".</summary>
    public static string Label(SpcPointType type) => type switch
    {
        SpcPointType.SpecialCauseImprovement => "special_cause_improvement",
        SpcPointType.SpecialCauseConcern => "special_cause_concern",
        SpcPointType.SpecialCauseNeutralHigh => "special_cause_neutral_high",
        SpcPointType.SpecialCauseNeutralLow => "special_cause_neutral_low",
        _ => "common_cause",
    };

    /// <summary>The assurance type as NHSRplotthedots writes it, e.g. "consistent_pass".</summary>
    public static string Label(AssuranceType type) => type switch
    {
        AssuranceType.ConsistentPass => "consistent_pass",
        AssuranceType.ConsistentFail => "consistent_fail",
        _ => "inconsistent",
    };

    private static List<XmrPoint> CalculateGroup(List<SpcPoint> members, int group, XmrOptions options)
    {
        var n = members.Count;
        var y = members.Select(p => p.Value).ToArray();
        var fixY = y.Select((v, i) => options.FixAfterNPoints is { } f && i >= f ? null : v).ToArray();
        var mean = SpcInput.MeanPresent(fixY);

        var movingRanges = new double?[n];
        for (var i = 1; i < n; i++)
        {
            movingRanges[i] = fixY[i] is { } b && fixY[i - 1] is { } a ? Math.Abs(b - a) : null;
        }

        var meanRange = SpcInput.MeanPresent(movingRanges);
        if (options.ScreenOutliers)
        {
            var screen = MovingRangeScreen * meanRange;
            meanRange = SpcInput.MeanPresent(movingRanges.Select(r => r < screen ? r : null));
        }

        var lpl = mean - LimitMultiplier * meanRange;
        var upl = mean + LimitMultiplier * meanRange;
        var close = 2 * (LimitMultiplier / 3);
        var nlpl = mean - close * meanRange;
        var nupl = mean + close * meanRange;

        var outside = y.Select(v => v is { } x ? x > upl || x < lpl : (bool?)null).ToArray();
        var relative = y.Select(v => v is { } x ? Math.Sign(x - mean) : (int?)null).ToArray();
        var closeToLimits = y.Select((v, i) => v is { } x ? !outside[i]!.Value && (x < nlpl || x > nupl) : (bool?)null).ToArray();
        var types = XmrRules.Classify(y, relative, closeToLimits, outside);

        return Enumerable.Range(0, n).Select(i => new XmrPoint(
            members[i].Date, y[i], group, fixY[i], mean, lpl, upl, outside[i], relative[i], closeToLimits[i],
            types[i], Orient(types[i], options.Direction), options.Target)).ToList();
    }

    private static SpcPointType Orient(SpecialCauseType type, ImprovementDirection direction)
    {
        var side = type switch
        {
            SpecialCauseType.AboveUpperLimit or SpecialCauseType.TrendIncreasing or SpecialCauseType.TwoInThreeAbove or SpecialCauseType.RunAbove => 1,
            SpecialCauseType.CommonCause => 0,
            _ => -1,
        };
        if (side == 0)
        {
            return SpcPointType.CommonCause;
        }

        return direction switch
        {
            ImprovementDirection.Neutral => side > 0 ? SpcPointType.SpecialCauseNeutralHigh : SpcPointType.SpecialCauseNeutralLow,
            ImprovementDirection.Increase => side > 0 ? SpcPointType.SpecialCauseImprovement : SpcPointType.SpecialCauseConcern,
            _ => side < 0 ? SpcPointType.SpecialCauseImprovement : SpcPointType.SpecialCauseConcern,
        };
    }

    private static AssuranceType? Assurance(XmrOptions options, XmrPoint last)
    {
        if (options.Target is not { } target || options.Direction == ImprovementDirection.Neutral)
        {
            return null;
        }

        var increasing = options.Direction == ImprovementDirection.Increase;
        if (target > last.UpperLimit)
        {
            return increasing ? AssuranceType.ConsistentFail : AssuranceType.ConsistentPass;
        }

        if (target < last.LowerLimit)
        {
            return increasing ? AssuranceType.ConsistentPass : AssuranceType.ConsistentFail;
        }

        return AssuranceType.Inconsistent;
    }
}
