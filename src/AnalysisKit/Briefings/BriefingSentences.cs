using System.Globalization;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Variation.Funnels;
using AnalysisKit.Variation.Spc;
using Significance = AnalysisKit.Indicators.Significance;
using SpcPointType = AnalysisKit.Variation.Spc.SpcPointType;

namespace AnalysisKit.Briefings;

/// <summary>Plain-language sentences of a briefing, generated from the numbers (never from colours or charts).</summary>
public static class BriefingSentences
{
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
    /// <param name="xmr">The XmR chart of the headline measure.</param>
    /// <param name="headlineLabel">The headline measure's label.</param>
    public static IReadOnlyList<string> Findings(GpCluster cluster, IReadOnlyList<BriefingIndicator> indicators, OverdispersedFunnelUnit funnelUnit, XmrResult xmr, string headlineLabel)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(funnelUnit);
        ArgumentNullException.ThrowIfNull(xmr);
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
        var last = xmr.Points.LastOrDefault(p => p.Value is not null);
        var special = xmr.Points.Count(p => p.SpecialCauseFlag);
        sentences.Add(last is null ? $"{headlineLabel}: no months to chart."
            : string.Create(CultureInfo.InvariantCulture,
                $"{headlineLabel} over time: {special} of {xmr.Points.Count} months show special-cause variation; the latest month shows {Describe(last.PointType)}."));
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
            "Trend: XmR chart of the cluster's rate per 1,000 patient-years in each month (NHS England Making Data Count; NHSRplotthedots 0.2.2 rules: a point beyond the limits, a run of 7 on one side of the mean, a trend of 7, two of three near a limit). Higher is treated as a concern.",
            "Practices are shown as Practice A, B, … in practice-code order; no practice code or name appears unless a named-practice briefing was asked for, which names only that practice.",
            $"Disclosure control: {policy.Describe()}.",
        ];
    }
}
