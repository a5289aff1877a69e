using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>Every error message of the chart layer, in one place; each has a test on its text.</summary>
internal static class ChartMessages
{
    public static string BadColour(string colour) =>
        $"colour must be written as #RRGGBB (e.g. {PhsPalette.Purple}); got '{colour}'.";

    public static string BadTintPercent(int percent) =>
        Invariant($"percent must be from 1 to 100 (PHS tints are 80, 50, 30 and 10); got {percent}.");

    public static string BadOpacity(double opacity) =>
        Invariant($"opacity must be from 0 (transparent) to 1 (opaque); got {opacity}.");

    public static string NegativeCount(long value) =>
        Invariant($"A count shown on a chart must be 0 or more; got {value}.");

    public static string CountMissing(string chartName, string item, string measure) =>
        $"Chart '{chartName}', {item}: the {measure} count has no value and is not marked suppressed; " +
        "pass ChartCount.Of(n) or ChartCount.Suppressed.";

    public static string BadChartName(string name) =>
        $"A chart name must be 1–64 lower-case letters, digits or hyphens starting with a letter (e.g. 'cluster-funnel'), " +
        $"because it becomes the chart's HTML id; got '{name}'.";

    public static string DuplicateChartName(string name) =>
        $"Two charts on one page are both named '{name}'; each chart on a page needs its own name (it is the HTML id).";

    public static string PlotlyJsMissing(string resource) =>
        $"The Plotly.NET assembly has no embedded resource '{resource}'; the pinned Plotly.NET 6.0.0 ships plotly.js 2.28.0 there.";

    public static string PlotlyJsNotInlinable(string resource) =>
        $"The plotly.js in '{resource}' contains '</script' and cannot be inlined in a page safely.";

    public static string BadHeight(int height) =>
        Invariant($"height must be from 200 to 2000 pixels; got {height}.");

    public static string NotFinite(string chartName, string item, string field, double value) =>
        Invariant($"Chart '{chartName}', {item}: {field} must be a finite number; got {value}.");

    public static string Empty(string chartName, string what) =>
        $"Chart '{chartName}' has no {what}; a chart needs at least one.";

    public static string LengthMismatch(string chartName, string field, int expected, int actual) =>
        Invariant($"Chart '{chartName}': {field} has {actual} values but the x grid has {expected}; give one per grid point.");

    public static string DuplicateLabel(string chartName, string label) =>
        $"Chart '{chartName}': the label '{label}' appears twice; each unit, bar or row needs its own label.";

    public static string BlankLabel(string chartName, int index) =>
        Invariant($"Chart '{chartName}': item {index + 1} has a blank label; every item needs a label the reader can see.");

    public static string BadConfidence(string chartName, string field, double value) =>
        Invariant($"Chart '{chartName}': {field} must be a confidence level between 0 and 1 (e.g. 0.95, 0.998); got {value}.");

    public static string LevelsOutOfOrder(string chartName, double inner, double outer) =>
        Invariant($"Chart '{chartName}': the inner limit level ({inner}) must be below the outer level ({outer}), e.g. 0.95 and 0.998.");

    public static string BadDecimals(string chartName, int decimals) =>
        Invariant($"Chart '{chartName}': decimals must be from 0 to {ChartFormat.MaxDecimals}; got {decimals}.");

    public static string IntervalOutOfOrder(string chartName, string item, double lower, double value, double upper) =>
        Invariant($"Chart '{chartName}', {item}: the interval must satisfy lower ≤ value ≤ upper; got lower {lower}, value {value}, upper {upper}.");

    public static string NotIncreasing(string chartName, string field, string previous, string next) =>
        $"Chart '{chartName}': {field} must be strictly increasing; '{next}' follows '{previous}'.";

    public static string BadQuintile(string chartName, int quintile) =>
        Invariant($"Chart '{chartName}': SIMD quintile must be 1 (most deprived) to 5 (least deprived); got {quintile}.");

    public static string DuplicateQuintile(string chartName, int quintile) =>
        Invariant($"Chart '{chartName}': SIMD quintile {quintile} appears twice.");

    public static string BadPercentiles(string chartName, string period, int count) =>
        Invariant($"Chart '{chartName}', {period}: give the 9 deciles (10th to 90th percentiles) in order; got {count} values.");

    public static string PercentilesOutOfOrder(string chartName, string period) =>
        $"Chart '{chartName}', {period}: the deciles must not decrease from the 10th to the 90th percentile.";

    public static string RangeOutOfOrder(string chartName, string item) =>
        $"Chart '{chartName}', {item}: the range must satisfy minimum ≤ 25th percentile ≤ median ≤ 75th percentile ≤ maximum.";

    public static string ChangeDateNotAPoint(string chartName, string date) =>
        $"Chart '{chartName}': change date {date} is not the date of any point; a change date is the first period of a new segment.";

    public static string HalfInterval(string chartName, string item) =>
        $"Chart '{chartName}', {item}: give both confidence limits or neither; only one was given.";

    public static string UnitPeriodWithoutDeciles(string chartName, string unit, string period) =>
        $"Chart '{chartName}': {unit} has a value for {period}, but there are no deciles for that period; give deciles for every period the unit has.";

    public static string BadUnitCount(string chartName, int count) =>
        Invariant($"Chart '{chartName}': the number of units the deciles are taken across must be 1 or more; got {count}.");

    public static string MissingPart(string chartName, string part) =>
        $"Chart '{chartName}': {part} is missing (null); give it.";

    public static string DenominatorNotWhole(string chartName, string item, double value) =>
        Invariant($"Chart '{chartName}', {item}: the denominator is a count of people, so it must be a whole number 0 or more; got {value}. If it is not a count (e.g. person-years or an expected count), set DenominatorIsCount to false.");

    public static string CountSuppressedInTables(string chart, string item, string measure) =>
        $"Chart '{chart}', {item}, {measure}: the count is suppressed in the published tables, so the chart may not show it or its value with a denominator or interval; pass it as ChartCount.Suppressed so the chart withholds it.";

    public static string BadGridRange(double smallest, double largest) =>
        Invariant($"A funnel's limit grid runs from the smallest unit's x to the largest; both must be finite, the smallest above 0 and not above the largest; got {smallest} and {largest}.");

    public static string NoUnitToChart(string chartName) =>
        $"Chart '{chartName}': no unit has an x value above 0 (a denominator, expected count or population), so there is nothing to plot.";

    public static string NumeratorNotWhole(string chartName, string item, double value) =>
        Invariant($"Chart '{chartName}', {item}: the numerator is shown as a count and checked by disclosure control, so it must be a whole number 0 or more; got {value}.");

    public static string PointWithoutDenominator(string chartName, string date) =>
        $"Chart '{chartName}', {date}: the point has a value but no denominator, so its count cannot be checked by disclosure control; give the denominator or leave the value missing.";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentile chart given counts but no disclosure check to pass them through.</summary>
    public static string CountsNeedCheck(string chartName) =>
        $"Chart '{chartName}': the unit's points carry counts but no disclosure check was given; expected PercentileChart.Create(data, disclosure), or points without counts.";
}
