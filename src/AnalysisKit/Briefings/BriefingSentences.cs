using System.Globalization;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Variation.Funnels;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Briefings;

/// <summary>Plain-language sentences of a briefing, generated from the numbers (never from colours or charts).</summary>
public static class BriefingSentences
{
    /// <summary>Shown in place of the trend chart when a monthly count is small under the policy.</summary>
    public const string TrendWithheld =
        "The trend is not shown: the area's count in at least one month is small, and with the public list sizes a monthly value would give it back (disclosure control).";

    /// <summary>Shown in place of the trend chart when the headline is annual (one value per practice).</summary>
    public const string TrendAnnual = "The trend is not shown: the headline's data are annual (one value per practice), so there is no monthly series to chart.";

    /// <summary>A significance in words against Scotland.</summary>
    /// <param name="significance">From <see cref="Comparison.Classify"/>.</param>
    public static string Describe(Significance significance) => significance switch
    {
        Significance.Higher => "significantly higher than Scotland",
        Significance.Lower => "significantly lower than Scotland",
        Significance.NotDifferent => "not significantly different from Scotland",
        _ => "not comparable",
    };

    /// <summary>A significance in one or two words for table cells: higher, lower, similar, or blank when not comparable.</summary>
    /// <param name="significance">From <see cref="Comparison.Classify"/>.</param>
    public static string Short(Significance significance) => significance switch
    {
        Significance.Higher => "higher",
        Significance.Lower => "lower",
        Significance.NotDifferent => "similar",
        _ => "",
    };

    /// <summary>An SPC point type in words.</summary>
    /// <param name="type">From the XmR chart.</param>
    public static string Describe(SpcPointType type) => type switch
    {
        SpcPointType.SpecialCauseImprovement => "special-cause improvement",
        SpcPointType.SpecialCauseConcern => "special-cause concern",
        SpcPointType.SpecialCauseNeutralHigh or SpcPointType.SpecialCauseNeutralLow => "special-cause variation",
        _ => "common-cause variation only",
    };

    /// <summary>A value with its unit: "12.3%" or "123.4 per 1,000 patient-years".</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit from the definition.</param>
    public static string WithUnit(double value, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var number = BriefingFormat.Number(value, 1);
        return unit.StartsWith('%') ? number + unit : number + " " + unit;
    }

    /// <summary>How the area compares with one comparator, naming it: "significantly higher than NHS Fife (98.1; worse)".</summary>
    /// <param name="comparator">The comparator.</param>
    public static string Against(BriefingComparator comparator)
    {
        ArgumentNullException.ThrowIfNull(comparator);
        if (comparator.Withheld)
        {
            return $"{comparator.Area.Name}'s value is withheld by disclosure control";
        }

        var words = comparator.Significance switch
        {
            Significance.Higher => "significantly higher than",
            Significance.Lower => "significantly lower than",
            Significance.NotDifferent => "not significantly different from",
            _ => "not comparable with",
        };
        var judgement = comparator.Assessment switch { Assessment.Better => "; better", Assessment.Worse => "; worse", _ => "" };
        return $"{words} {comparator.Area.Name} ({BriefingFormat.Number(comparator.Result.Value, 1)}{judgement})";
    }

    /// <summary>The findings: one sentence per indicator naming each comparator level a difference is against, the funnel position and the SPC signal.</summary>
    /// <param name="area">The area briefed.</param>
    /// <param name="indicators">The summary indicators.</param>
    /// <param name="funnelUnit">The area on the funnel of every area at its level.</param>
    /// <param name="xmr">The XmR chart of the headline, or null when the trend is withheld or the headline is annual.</param>
    /// <param name="headline">The headline indicator.</param>
    public static IReadOnlyList<string> Findings(BriefingArea area, IReadOnlyList<BriefingIndicator> indicators, OverdispersedFunnelUnit funnelUnit, XmrResult? xmr, BriefingIndicator headline)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(funnelUnit);
        ArgumentNullException.ThrowIfNull(headline);
        var sentences = indicators.Select(i =>
        {
            if (i.CountSuppressed)
            {
                var scotland = i.Comparators.FirstOrDefault(c => c.Area.Level == Definitions.AreaLevel.Scotland && !c.Withheld);
                return $"{i.Label}: the count for {area.Name} is suppressed by disclosure control, so its value is not shown" +
                       (scotland is null ? "." : $" (Scotland {WithUnit(scotland.Result.Value, i.Definition.Unit)}).");
            }

            var against = i.Comparators.Count == 0 ? "" : "; " + ChartFormat.List(i.Comparators.Select(Against).ToList(), 10);
            return $"{i.Label}: {WithUnit(i.Area.Value, i.Definition.Unit)} in {area.Name}{against}.";
        }).ToList();
        var label = headline.Label;
        var plural = area.Level == Definitions.AreaLevel.Cluster ? "clusters" : BriefingArea.LevelName(area.Level) + "s";
        var position = funnelUnit.Outlier998 switch
        {
            FunnelOutlier.High => $"above the 99.8% control limit: the {BriefingArea.LevelName(area.Level)} as a whole is an outlier, higher than expected",
            FunnelOutlier.Low => $"below the 99.8% control limit: the {BriefingArea.LevelName(area.Level)} as a whole is an outlier, lower than expected",
            _ => funnelUnit.Outlier95 switch
            {
                FunnelOutlier.High => "above the 95% limit but within the 99.8% limit",
                FunnelOutlier.Low => "below the 95% limit but within the 99.8% limit",
                _ => $"within the control limits, in line with other {plural}",
            },
        };
        sentences.Add(headline.CountSuppressed
            ? $"{label}: {area.Name} is not shown against all {plural}, since its count is suppressed by disclosure control."
            : $"{label}: compared with all {plural} in Scotland, {area.Name} is {position} (observed / expected {BriefingFormat.Number(funnelUnit.Ratio, 2)}).");
        if (headline.Definition.Month is null)
        {
            sentences.Add($"{label} over time: not shown, since the data are annual (one value per practice), not monthly.");
            return sentences;
        }

        if (xmr is null)
        {
            sentences.Add($"{label} over time: not shown, since the {BriefingArea.LevelName(area.Level)}'s count in at least one month is small and suppressed by disclosure control.");
            return sentences;
        }

        var last = xmr.Points.LastOrDefault(p => p.Value is not null);
        var special = xmr.Points.Count(p => p.SpecialCauseFlag);
        sentences.Add(last is null ? $"{label}: no months to chart."
            : string.Create(CultureInfo.InvariantCulture,
                $"{label} over time, relative to Scotland in the same month: {special} of {xmr.Points.Count} months show special-cause variation; the latest month shows {Describe(last.PointType)}."));
        return sentences;
    }

    /// <summary>
    /// The one-sentence headline that opens the page: the headline indicator's value in the area over the period, how it
    /// compares with the top comparator level (usually Scotland), and where the area lies on the funnel of its level.
    /// </summary>
    /// <param name="area">The area briefed.</param>
    /// <param name="headline">The headline indicator.</param>
    /// <param name="funnelUnit">The area on the funnel of every area at its level.</param>
    /// <param name="period">The period's label.</param>
    public static string Headline(BriefingArea area, BriefingIndicator headline, OverdispersedFunnelUnit funnelUnit, string period)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(funnelUnit);
        if (headline.CountSuppressed)
        {
            return $"{headline.Label} in {area.Name}, {period}: the count is suppressed by disclosure control, so the value is not shown.";
        }

        var top = headline.Comparators.Count > 0 ? headline.Comparators[^1] : null;
        var plural = area.Level == Definitions.AreaLevel.Cluster ? "clusters" : BriefingArea.LevelName(area.Level) + "s";
        var funnel = funnelUnit.Outlier998 switch
        {
            FunnelOutlier.High => $"above the 99.8% limit of all {plural}",
            FunnelOutlier.Low => $"below the 99.8% limit of all {plural}",
            _ => funnelUnit.Outlier95 is FunnelOutlier.High or FunnelOutlier.Low ? $"outside the 95% but within the 99.8% limits of all {plural}" : $"within the limits of all {plural}",
        };
        return $"{headline.Label} in {area.Name}, {period}: {WithUnit(headline.Area.Value, headline.Definition.Unit)}" +
               (top is null ? "" : $", {Against(top)}") + $"; {funnel}.";
    }

    /// <summary>A quintile with fewer practices than this gets the small-quintile caveat: its rate is mostly those practices'.</summary>
    public const int FewPracticesInQuintile = 3;

    /// <summary>
    /// The deprivation sentences: the headline rate in each SIMD quintile of the cluster's practices with its interval,
    /// which quintiles have no practice, how the most and least deprived quintiles present compare, and the caveats
    /// (practice-level deprivation; quintiles of fewer than <see cref="FewPracticesInQuintile"/> practices; suppression).
    /// </summary>
    /// <param name="area">The area briefed.</param>
    /// <param name="quintiles">The headline by quintile (<see cref="ClusterBriefing.Quintiles"/>).</param>
    /// <param name="headline">The headline indicator.</param>
    public static IReadOnlyList<string> Deprivation(BriefingArea area, IReadOnlyList<BriefingQuintile> quintiles, Definitions.IndicatorDefinition headline)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(headline);
        var cluster = area;
        var headlineLabel = headline.Label;
        var level = BriefingArea.LevelName(area.Level);
        ArgumentNullException.ThrowIfNull(quintiles);
        var known = quintiles.Where(q => q.Quintile is not null).ToList();
        if (known.Count == 0)
        {
            return [$"The SIMD quintile of {cluster.Name}'s practices is not known, so {headlineLabel} cannot be shown by deprivation."];
        }

        string Short(BriefingQuintile q) => q.LastQuintile is null ? q.Quintile!.Value.ToString(CultureInfo.InvariantCulture) : q.Label;
        string Name(BriefingQuintile q) => (q.LastQuintile is null ? "quintile " : "quintiles ") + Short(q);
        string Practices(int n) => n == 1 ? "1 practice" : string.Create(CultureInfo.InvariantCulture, $"{n} practices");
        var parts = known.Select(q => q.CountSuppressed
            ? $"{Name(q)}: count suppressed ({Practices(q.Practices)})"
            : $"{Name(q)}: {BriefingFormat.Number(q.Rate.Value, 1)} (95% CI {BriefingFormat.Number(q.Rate.Lower, 1)} to {BriefingFormat.Number(q.Rate.Upper, 1)}; {Practices(q.Practices)})");
        var merged = known.Where(q => q.LastQuintile is not null).ToList();
        var sentences = new List<string>
        {
            $"{headlineLabel} ({headline.Unit}) in {cluster.Name} by the SIMD 2020v2 quintile of each practice (1 = most deprived, 5 = least): {string.Join("; ", parts)}.",
        };
        if (known.Count == 1 && merged.Count == 1)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"The {level}'s {Practices(known[0].Practices)} are too few to split by deprivation: every group must hold at least {ClusterBriefing.FewestPracticesInGroup} practices, or its count with the practices' rounded values would identify them, so they are shown as one group."));
        }
        else if (merged.Count > 0)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"Quintiles holding fewer than {ClusterBriefing.FewestPracticesInGroup} practices of the {level} are merged with a neighbour ({ChartFormat.List(merged.Select(q => q.Label).ToList(), 5)}), so no group's count can be split back into its practices."));
        }

        var absent = Enumerable.Range(1, 5).Where(q => !known.Exists(k => k.Quintile <= q && q <= (k.LastQuintile ?? k.Quintile))).ToList();
        if (absent.Count > 0)
        {
            sentences.Add($"No practice of the {level} is in {(absent.Count == 1 ? "quintile" : "quintiles")} {ChartFormat.List(absent.Select(q => q.ToString(CultureInfo.InvariantCulture)).ToList(), 5)}.");
        }

        var shown = known.Where(q => !q.CountSuppressed).ToList();
        if (shown.Count >= 2)
        {
            BriefingQuintile most = shown[0], least = shown[^1];
            var separate = most.Rate.Lower > least.Rate.Upper || least.Rate.Lower > most.Rate.Upper;
            sentences.Add(string.Create(CultureInfo.InvariantCulture,
                $"The rate in the most deprived quintile shown ({Short(most)}) is {BriefingFormat.Number(most.Rate.Value / least.Rate.Value, 2)} times that in the least deprived shown ({Short(least)}); their 95% intervals {(separate ? "do not overlap" : "overlap")}."));
        }

        var few = known.Where(q => q.Practices < FewPracticesInQuintile).ToList();
        if (few.Count > 0)
        {
            var numbers = ChartFormat.List(few.Select(Short).ToList(), 5);
            sentences.Add($"Caveat: {(few.Count == 1 ? "quintile " + numbers + " rests" : "quintiles " + numbers + " rest")} on fewer than {FewPracticesInQuintile.ToString(CultureInfo.InvariantCulture)} practices, so {(few.Count == 1 ? "its rate reflects" : "their rates reflect")} those practices as much as deprivation.");
        }

        var suppressedCount = known.Count(q => q.CountSuppressed);
        if (suppressedCount > 0)
        {
            sentences.Add(suppressedCount == 1
                ? "1 quintile has its count suppressed by disclosure control: no rate or interval is shown for it."
                : string.Create(CultureInfo.InvariantCulture, $"{suppressedCount} quintiles have their counts suppressed by disclosure control: no rate or interval is shown for them."));
        }

        sentences.Add($"Each practice is placed in the quintile of its own area; its patients live in areas of differing deprivation, so these values compare the {level}'s practices grouped by deprivation, not patients.");
        return sentences;
    }

    /// <summary>How an indicator is computed, in words, for the methods section.</summary>
    /// <param name="indicator">The indicator.</param>
    public static string Method(Definitions.IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var how = indicator.Method switch
        {
            Definitions.MeasureMethod.CrudeRate => "a crude rate with 95% Poisson limits: exact below 10 events, Byar's approximation from 10 (PHEindicatormethods 2.1.0 phe_rate)",
            Definitions.MeasureMethod.WilsonProportion => "a proportion with 95% Wilson score limits (PHEindicatormethods 2.1.0 phe_proportion)",
            Definitions.MeasureMethod.DsrEsp2013 => "a rate directly standardised to the 2013 European Standard Population, with Dobson limits (PHEindicatormethods 2.1.0 calculate_dsr; not calculated below 10 events)",
            _ => "an indirectly standardised ratio, observed over the events expected at Scotland's rates in each band, with exact Poisson limits below 10 events and Byar's from 10 (PHEindicatormethods 2.1.0 calculate_ISRatio)",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"{indicator.Label} ({indicator.Unit}): {indicator.Numerator.Describe()} ({Path.GetFileName(indicator.File)}) over {indicator.Denominator.Describe()}; {how}; multiplier {BriefingFormat.Number(indicator.Multiplier, 0)}.");
    }

    /// <summary>The methods paragraphs.</summary>
    /// <param name="policy">The disclosure policy.</param>
    /// <param name="funnel">The funnel of every area at the briefed level.</param>
    /// <param name="indicators">The definition's indicators.</param>
    /// <param name="area">The area briefed.</param>
    /// <param name="headline">The headline indicator.</param>
    public static IReadOnlyList<string> Methods(SuppressionPolicy policy, ClusterFunnelResult funnel, IReadOnlyList<Definitions.IndicatorDefinition> indicators, BriefingArea area, Definitions.IndicatorDefinition headline)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(funnel);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(headline);
        var level = BriefingArea.LevelName(area.Level);
        var paragraphs = new List<string>
        {
            $"Every area (the {level}, and each comparator above it) is summed from its practices: numerators and denominators are added, never values averaged. " +
            "A monthly row is counted in the area its practice belonged to in that month, so a practice that moved, merged or closed is counted where it was; a month whose numerator is missing adds to neither. " +
            $"A value is significantly different from a comparator when the comparator's value lies outside the {level}'s 95% interval; polarity from the definition says which direction is better.",
        };
        paragraphs.AddRange(indicators.Select(Method));
        paragraphs.Add(string.Create(CultureInfo.InvariantCulture,
            $"Funnel: every {level}'s observed {headline.Label.ToLowerInvariant()} against the count expected at Scotland's rate (age-sex rates for standardised indicators), on an over-dispersed funnel (Spiegelhalter 2005; FunnelPlotR 0.6.0 SHMI method, 10% truncation, φ = {funnel.Funnel.Phi:0.###}, {(funnel.Funnel.AdjustedLimitsUsed ? "adjusted" : "unadjusted")} limits at 95% and 99.8%). Hierarchy as at {funnel.EffectiveDate:yyyy-MM-dd}; closed and pseudo-practices left out."));
        if (headline.Month is not null)
        {
            paragraphs.Add($"Trend: XmR chart of the {level}'s value in each month as an index of Scotland's value in the same month (Scotland = 100), so the seasonal pattern the {level} shares with Scotland does not show as special cause (NHS England Making Data Count; NHSRplotthedots 0.2.2 rules: a point beyond the limits, a run of 7 on one side of the mean, a trend of 7, two of three near a limit).");
        }

        paragraphs.Add($"Deprivation: the {level}'s practices are grouped by the SIMD 2020v2 quintile of the practice; counts and denominators are summed over each group and the value and interval computed as above. " +
            "Quintile counts are suppressed in one Scotland-wide table with every area and practice (quintiles as columns, the headline as their total), so a quintile of one practice cannot reveal that practice's hidden count.");
        paragraphs.Add("Practices are shown as Practice A, B, … in an order drawn for this area, period and release from a keyed hash (HMAC-SHA256) of the practice code, so the letters cannot be worked out from the public practice list; a named-practice briefing names only that practice and draws its own letters for the others. Anonymised practices' values are rounded to two significant figures of the area's value and shown without counts, and every SIMD group holds at least four practices: a count beside a value gives a practice's patient-years (close to its public list size), and exact values with the public list sizes and the area's total can be fitted back to practices, as can a small group's count.");
        paragraphs.Add($"Disclosure control: {policy.Describe()}. Counts are suppressed once for the whole of Scotland (every board, HSCP, cluster and practice in one hierarchy), so no comparator total, with the parts published beside it in this or any other briefing from the same definition, gives a suppressed count back.");
        return paragraphs;
    }

    /// <summary>
    /// The methods paragraph on earlier releases: what the suppression protected and against which releases of the
    /// release ledger (<see cref="ReleaseNotes.Lines"/>, the notes <c>akit suppress</c> writes), or that none was checked.
    /// </summary>
    /// <param name="notes">The release notes' lines.</param>
    public static string Releases(IEnumerable<string> notes) => "Earlier releases: " + string.Join(" ", notes);
}
