using System.Globalization;

namespace AnalysisKit.Variation;

/// <summary>
/// Every error and warning text of the Variation area (funnel plots and SPC charts), in one place so that each has a
/// test on its wording and a threshold is written once.
/// </summary>
internal static class VariationMessages
{
    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string NoUnits(string argument) =>
        $"{argument} is empty: a funnel plot needs at least one unit (practice, cluster or board).";

    internal static string MissingValue(string argument, int row, string unit, string column) =>
        $"{argument}[{row}] (unit '{unit}'): {column} is missing (NaN). Funnel limits need every {column}; " +
        "remove the unit or supply the value.";

    internal static string NegativeNumerator(string argument, int row, string unit, double value) =>
        $"{argument}[{row}] (unit '{unit}'): numerator is {N(value)}; numerators must be 0 or more.";

    internal static string NonPositiveDenominator(string argument, int row, string unit, double value) =>
        $"{argument}[{row}] (unit '{unit}'): denominator is {N(value)}; denominators must be greater than 0.";

    internal static string NumeratorAboveDenominator(string argument, int row, string unit, double numerator, double denominator) =>
        $"{argument}[{row}] (unit '{unit}'): numerator {N(numerator)} exceeds denominator {N(denominator)}; " +
        "a proportion needs numerator ≤ denominator.";

    internal static string ZeroEventsNeedDenominator(string argument, int row, string unit) =>
        $"{argument}[{row}] (unit '{unit}'): 0 events and no denominator; a crude rate funnel needs the denominator " +
        "where there are no events (it cannot be derived from a rate of 0).";

    internal static string ZeroEventsNeedDenominatorForPoints(string argument, int row, string unit) =>
        $"{argument}[{row}] (unit '{unit}'): 0 events and no denominator; PHEindicatormethods' calculate_funnel_points " +
        "needs the denominator of every unit with 0 events (its annual population cannot be derived from a rate of 0).";

    internal static string NonPositiveRate(string argument, int row, string unit, double value) =>
        $"{argument}[{row}] (unit '{unit}'): rate is {N(value)}; a unit with events needs a rate greater than 0.";

    internal static string DuplicateUnit(string argument, string unit) =>
        $"{argument}: unit '{unit}' appears more than once; aggregate rows to one per unit before plotting a funnel.";

    internal static string OutOfRange(string argument, double value, string allowed) =>
        $"{argument} is {N(value)}; allowed: {allowed}.";

    internal static string TrimOutOfRange(double value) =>
        OutOfRange("trimBy", value, "0 ≤ trimBy < 0.5 (FunnelPlotR default 0.1)");

    internal static string UnknownPractice(string practiceCode, string level) =>
        $"practice '{practiceCode}' is not in the geography lookup, so it has no {level}; " +
        "check the practice code or the lookup's effective date.";

    internal static string FewUnitsForOverdispersion(int count) =>
        $"only {count} units: over-dispersion (phi, tau²) estimated from fewer than 10 units is unreliable.";

    internal static string UnadjustedFallback(double phi) =>
        $"phi = {N(phi)} ≤ 1: no over-dispersion, so the unadjusted limits are used (FunnelPlotR's fallback).";

    internal static string SmallExpected(string unit, double expected) =>
        $"unit '{unit}': expected count {N(expected)} is below 5; its limits are wide and its position unstable.";

    internal static string HsmrNoSpread() =>
        "every winsorised z-score is 0 (every SMR rounds to 1 or sits at an extreme), so w = 0/0 is undefined and the " +
        "HSMR funnel has no limits (NaN), as in PHS's code.";

    private static string F(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Call(Funnels.OverdispersedFunnelMethod method) =>
        $"OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.{method})";

    internal static string PheLimitsTooNarrow(double phi, double threshold, int outside, int units, double expected, Funnels.OverdispersedFunnelMethod method, int odOutside) =>
        $"over-dispersion: phi = {F(phi, 2)} (chance alone keeps it below {F(threshold, 2)} for {F(units, 0)} units 95% of the time): " +
        $"the units vary about {F(phi, 1)} times as much as the PHE limits allow, so those limits are too narrow: {F(outside, 0)} of " +
        $"{F(units, 0)} units lie outside the 99.8% limits, where chance alone would put about {F(expected, 0)} units. Use {Call(method)}, " +
        $"whose limits add the between-unit variance (tau²): {F(odOutside, 0)} units lie outside its 99.8% limits.";

    internal static string PheLimitsFit(double phi, double threshold, int outside, int units, double expected) =>
        $"no over-dispersion: phi = {F(phi, 2)} (chance alone keeps it below {F(threshold, 2)} for {F(units, 0)} units 95% of the time), " +
        $"so the PHE limits fit these units: {F(outside, 0)} of {F(units, 0)} units lie outside the 99.8% limits, about {F(expected, 0)} units by chance.";

    internal static string DispersionFewUnits(int units) =>
        $"only {units} units: over-dispersion cannot be judged from fewer than {Funnels.PheFunnel.FewUnitsForDispersion} units, so the PHE limits are shown as they are.";

    internal static string DispersionNotEstimable(Funnels.OverdispersedFunnelMethod method) =>
        $"phi cannot be estimated with {method} (a unit with 0 events has no log ratio), so over-dispersion was not checked.";

    // ---- SPC ----

    internal static string NoPoints(string argument) =>
        $"{argument} is empty: an SPC chart needs at least one point.";

    internal static string DatesOutOfOrder(string argument, int row, DateOnly previous, DateOnly date) =>
        $"{argument}[{row}]: date {date:yyyy-MM-dd} is not after the previous date {previous:yyyy-MM-dd}; " +
        "dates must be strictly increasing (sort the series and remove duplicates).";

    internal static string DuplicateDate(string argument, int row, DateOnly date) =>
        $"{argument}[{row}]: date {date:yyyy-MM-dd} appears more than once; an SPC chart needs one value per period.";

    internal static string NotFinite(string argument, int row, string column, double value) =>
        $"{argument}[{row}]: {column} is {N(value)}; values must be finite numbers (use null for a missing point).";

    internal static string NegativeCount(string argument, int row, string column, double value) =>
        $"{argument}[{row}]: {column} is {N(value)}; counts must be 0 or more.";

    internal static string NonPositiveSpcDenominator(string argument, int row, DateOnly date, double value) =>
        $"{argument}[{row}] ({date:yyyy-MM-dd}): denominator is {N(value)}; denominators must be greater than 0.";

    internal static string MissingDenominator(string argument, int row) =>
        $"{argument}[{row}]: the denominator is missing but the numerator is present; " +
        "P and U charts need both (leave both null for a missing period).";

    internal static string FixAfterTooSmall(int value) =>
        OutOfRange("FixAfterNPoints", value, "at least 12 points, the fewest NHSRplotthedots accepts to fix limits");

    internal static string DateNotInSeries(string argument, DateOnly date) =>
        $"{argument} contains {date:yyyy-MM-dd}, which is not a date of the series.";

    internal static string RebaseDateNotInSeries(DateOnly date) =>
        $"rebase date {date:yyyy-MM-dd} is not a date of the series; rebase at the first date of the new period.";

    internal static string IndexOutOfRange(string argument, int value, int count) =>
        $"{argument} contains {value}; positions are 1-based and must lie in 1..{count}.";

    internal static string ShortGroup(int group, int count, int threshold) =>
        $"rebase group {group} has {count} points (fewer than {threshold}): its limits are trial limits, to be revised " +
        "as points are added (NHSRplotthedots short_group_warning).";

    internal static string FewPointsForRule(int count, int needed, string rule) =>
        $"only {count} points: the {rule} rule needs at least {needed} points and cannot fire.";

    internal static string NoMovingRange(int group, DateOnly start) =>
        $"rebase group {group} (from {start:yyyy-MM-dd}) has no two consecutive values, so it has no moving range and " +
        "no limits; an XmR chart needs at least two consecutive non-missing values in each group.";

    internal static string TargetWithNeutralDirection =>
        "a target was given but the improvement direction is neutral, so assurance is not assessed.";
}
