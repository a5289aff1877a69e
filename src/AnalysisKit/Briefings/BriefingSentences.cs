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
        "The trend is not shown: the cluster's count in at least one month is small, and with the public list sizes a monthly rate would give it back (disclosure control).";

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

    /// <summary>The findings: one sentence per indicator, the funnel position and the SPC signal.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="indicators">The summary indicators.</param>
    /// <param name="funnelUnit">The cluster on the all-clusters funnel.</param>
    /// <param name="xmr">The XmR chart of the headline measure, or null when the trend is withheld by disclosure control.</param>
    /// <param name="headlineLabel">The headline measure's label.</param>
    public static IReadOnlyList<string> Findings(GpCluster cluster, IReadOnlyList<BriefingIndicator> indicators, OverdispersedFunnelUnit funnelUnit, XmrResult? xmr, string headlineLabel)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(funnelUnit);
        var sentences = indicators.Select(i => i.CountSuppressed
            ? $"{i.Label}: the count for {cluster.Name} is suppressed by disclosure control, so its rate is not shown (Scotland {ChartFormat.Number(i.ScotlandRate, 1)} per 1,000 patient-years)."
            : $"{i.Label}: {ChartFormat.Number(i.Cluster.Value, 1)} per 1,000 patient-years in {cluster.Name}, {Describe(i.Significance)} ({ChartFormat.Number(i.ScotlandRate, 1)}).").ToList();
        var position = funnelUnit.Outlier998 switch
        {
            FunnelOutlier.High => "above the 99.8% control limit: the cluster as a whole is an outlier, higher than expected",
            FunnelOutlier.Low => "below the 99.8% control limit: the cluster as a whole is an outlier, lower than expected",
            _ => funnelUnit.Outlier95 switch
            {
                FunnelOutlier.High => "above the 95% limit but within the 99.8% limit",
                FunnelOutlier.Low => "below the 95% limit but within the 99.8% limit",
                _ => "within the control limits, in line with other clusters",
            },
        };
        sentences.Add(indicators.Any(i => i.Label == headlineLabel && i.CountSuppressed)
            ? $"{headlineLabel}: {cluster.Name} is not shown against all clusters, since its count is suppressed by disclosure control."
            : $"{headlineLabel}: compared with all clusters in Scotland, {cluster.Name} is {position} (observed / expected {ChartFormat.Number(funnelUnit.Ratio, 2)}).");
        if (xmr is null)
        {
            sentences.Add($"{headlineLabel} over time: not shown, since the cluster's count in at least one month is small and suppressed by disclosure control.");
            return sentences;
        }

        var last = xmr.Points.LastOrDefault(p => p.Value is not null);
        var special = xmr.Points.Count(p => p.SpecialCauseFlag);
        sentences.Add(last is null ? $"{headlineLabel}: no months to chart."
            : string.Create(CultureInfo.InvariantCulture,
                $"{headlineLabel} over time, relative to Scotland in the same month: {special} of {xmr.Points.Count} months show special-cause variation; the latest month shows {Describe(last.PointType)}."));
        return sentences;
    }

    /// <summary>A quintile with fewer practices than this gets the small-quintile caveat: its rate is mostly those practices'.</summary>
    public const int FewPracticesInQuintile = 3;

    /// <summary>
    /// The deprivation sentences: the headline rate in each SIMD quintile of the cluster's practices with its interval,
    /// which quintiles have no practice, how the most and least deprived quintiles present compare, and the caveats
    /// (practice-level deprivation; quintiles of fewer than <see cref="FewPracticesInQuintile"/> practices; suppression).
    /// </summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="quintiles">The headline measure by quintile (<see cref="ClusterBriefing.Quintiles"/>).</param>
    /// <param name="headlineLabel">The headline measure's label.</param>
    public static IReadOnlyList<string> Deprivation(GpCluster cluster, IReadOnlyList<BriefingQuintile> quintiles, string headlineLabel)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(quintiles);
        var known = quintiles.Where(q => q.Quintile is not null).ToList();
        if (known.Count == 0)
        {
            return [$"The SIMD quintile of {cluster.Name}'s practices is not known, so {headlineLabel} cannot be shown by deprivation."];
        }

        string Name(BriefingQuintile q) => string.Create(CultureInfo.InvariantCulture, $"quintile {q.Quintile}");
        string Practices(int n) => n == 1 ? "1 practice" : string.Create(CultureInfo.InvariantCulture, $"{n} practices");
        var parts = known.Select(q => q.CountSuppressed
            ? $"{Name(q)}: count suppressed ({Practices(q.Practices)})"
            : $"{Name(q)}: {ChartFormat.Number(q.Rate.Value, 1)} (95% CI {ChartFormat.Number(q.Rate.Lower, 1)} to {ChartFormat.Number(q.Rate.Upper, 1)}; {Practices(q.Practices)})");
        var sentences = new List<string>
        {
            $"{headlineLabel} per 1,000 patient-years in {cluster.Name} by the SIMD 2020v2 quintile of each practice (1 = most deprived, 5 = least): {string.Join("; ", parts)}.",
        };
        var absent = Enumerable.Range(1, 5).Where(q => !known.Exists(k => k.Quintile == q)).ToList();
        if (absent.Count > 0)
        {
            sentences.Add($"No practice of the cluster is in {(absent.Count == 1 ? "quintile" : "quintiles")} {ChartFormat.List(absent.Select(q => q.ToString(CultureInfo.InvariantCulture)).ToList(), 5)}.");
        }

        var shown = known.Where(q => !q.CountSuppressed).ToList();
        if (shown.Count >= 2)
        {
            BriefingQuintile most = shown[0], least = shown[^1];
            var separate = most.Rate.Lower > least.Rate.Upper || least.Rate.Lower > most.Rate.Upper;
            sentences.Add(string.Create(CultureInfo.InvariantCulture,
                $"The rate in the most deprived quintile shown ({most.Quintile}) is {ChartFormat.Number(most.Rate.Value / least.Rate.Value, 2)} times that in the least deprived shown ({least.Quintile}); their 95% intervals {(separate ? "do not overlap" : "overlap")}."));
        }

        var few = known.Where(q => q.Practices < FewPracticesInQuintile).ToList();
        if (few.Count > 0)
        {
            var numbers = ChartFormat.List(few.Select(q => q.Quintile!.Value.ToString(CultureInfo.InvariantCulture)).ToList(), 5);
            sentences.Add($"Caveat: {(few.Count == 1 ? "quintile " + numbers + " rests" : "quintiles " + numbers + " rest")} on fewer than {FewPracticesInQuintile.ToString(CultureInfo.InvariantCulture)} practices, so {(few.Count == 1 ? "its rate reflects" : "their rates reflect")} those practices as much as deprivation.");
        }

        var suppressedCount = known.Count(q => q.CountSuppressed);
        if (suppressedCount > 0)
        {
            sentences.Add(suppressedCount == 1
                ? "1 quintile has its count suppressed by disclosure control: no rate or interval is shown for it."
                : string.Create(CultureInfo.InvariantCulture, $"{suppressedCount} quintiles have their counts suppressed by disclosure control: no rate or interval is shown for them."));
        }

        sentences.Add("Each practice is placed in the quintile of its own area; its patients live in areas of differing deprivation, so these rates compare the cluster's practices grouped by deprivation, not patients.");
        return sentences;
    }

    /// <summary>The methods paragraphs.</summary>
    /// <param name="policy">The disclosure policy.</param>
    /// <param name="funnel">The cluster funnel.</param>
    public static IReadOnlyList<string> Methods(SuppressionPolicy policy, ClusterFunnelResult funnel)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(funnel);
        return
        [
            "Rates are items or events per 1,000 patient-years: the sum of counts over the period divided by the patient-years at risk (the sum of monthly list sizes divided by 12); a month whose count is missing adds to neither. " +
            "The cluster and Scotland are summed from their practices (no rate is averaged). 95% confidence intervals are Poisson: exact below 10 events, Byar's approximation from 10 (PHEindicatormethods 2.1.0 phe_rate). A rate is significantly different from Scotland when Scotland's rate is outside the interval.",
            string.Create(CultureInfo.InvariantCulture,
                $"Funnel: every cluster's observed count against the count expected at Scotland's rate, on an over-dispersed funnel (Spiegelhalter 2005; FunnelPlotR 0.6.0 SHMI method, 10% truncation, φ = {funnel.Funnel.Phi:0.###}, {(funnel.Funnel.AdjustedLimitsUsed ? "adjusted" : "unadjusted")} limits at 95% and 99.8%). Hierarchy as at {funnel.EffectiveDate:yyyy-MM-dd}; closed and pseudo-practices left out."),
            "Trend: XmR chart of the cluster's rate in each month as an index of Scotland's rate in the same month (Scotland = 100), so the seasonal pattern the cluster shares with Scotland does not show as special cause (NHS England Making Data Count; NHSRplotthedots 0.2.2 rules: a point beyond the limits, a run of 7 on one side of the mean, a trend of 7, two of three near a limit). Higher is treated as a concern.",
            "Deprivation: the cluster's practices are grouped by the SIMD 2020v2 quintile of the practice (from the practice lookup); counts and patient-years are summed over each group and the rate and interval computed as above. " +
            "Quintile counts are suppressed in one table with the cluster total and the practices, so a quintile of one practice cannot reveal that practice's hidden count.",
            "Practices are shown as Practice A, B, … in practice-code order; no practice code or name appears unless a named-practice briefing was asked for, which names only that practice.",
            $"Disclosure control: {policy.Describe()}.",
        ];
    }
}
