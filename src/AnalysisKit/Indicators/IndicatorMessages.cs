using System.Globalization;
using AnalysisKit.Geography;

namespace AnalysisKit.Indicators;

/// <summary>
/// Every error and warning text of the indicator calculators, in one place so each can be tested and kept consistent.
/// Errors name the argument, the value, what was expected and the fix.
/// </summary>
internal static class IndicatorMessages
{
    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string NoConfidenceLevel() =>
        "confidence must hold at least one level, e.g. 0.95 or (0.95, 0.998).";

    public static string RepeatedConfidenceLevel(IEnumerable<double> levels) =>
        $"confidence lists the same level twice ({string.Join(", ", levels.Select(Show))}); give each level once.";

    public static string ConfidenceOutOfRange(double confidence) =>
        $"confidence = {Show(confidence)} is outside the allowed range: give a fraction in (0, 1] such as 0.95, " +
        "or a percentage in (1, 100] such as 95.";

    public static string NoIntervalAtLevel(double confidence, IEnumerable<double> available) =>
        $"This result has no interval at confidence = {Show(confidence)}; it has " +
        $"{string.Join(", ", available.Select(Show))}.";

    public static string NegativeCount(string argument, double value) =>
        $"{argument} = {Show(value)} is not a valid count: it must be a finite number ≥ 0.";

    public static string NotPositive(string argument, double value) =>
        $"{argument} = {Show(value)} is not valid: it must be a finite number > 0.";

    public static string NumeratorAboveDenominator(double numerator, double denominator) =>
        $"numerator = {Show(numerator)} is greater than denominator = {Show(denominator)}; a proportion needs " +
        "numerator ≤ denominator.";

    public static string MissingInput(string argument) =>
        $"{argument} is missing (NaN), so the value and limits are NaN.";

    public static string SmallCountExact(double numerator) =>
        $"Small count: {Show(numerator)} events (< {Show(IndicatorThresholds.SmallCount)}); limits are exact Poisson " +
        "and the value is unstable.";

    public static string SmallCount(double numerator) =>
        $"Small count: {Show(numerator)} events (< {Show(IndicatorThresholds.SmallCount)}); the value is unstable.";

    public static string ZeroEventsByarLower() =>
        "0 events: Byar's lower limit is undefined (NaN) under the ScotPHO convention.";

    public static string DsrSuppressed(double total) =>
        $"DSR not calculated: {Show(total)} events in total (< {Show(IndicatorThresholds.SmallCount)}), the PHE " +
        "convention; the value and limits are NaN.";

    public static string MissingBand(string argument, string band, string standardName) =>
        $"{argument} has no row for the band \"{band}\" of {standardName}; give one row " +
        "for every band (0 events where none occurred).";

    public static string UnknownBand(string argument, string band, string standardName, IEnumerable<string> bands) =>
        $"{argument} has a row for the band \"{band}\", which is not a band of {standardName} " +
        $"({string.Join(", ", bands)}).";

    public static string RepeatedBand(string argument, string band) =>
        $"{argument} has more than one row for the band \"{band}\"; give one row per band.";

    public static string NegativeBandValue(string argument, string band, string column, double value) =>
        $"{argument}, band \"{band}\": {column} = {Show(value)} is not valid; it must be a finite number ≥ 0.";

    public static string NonPositiveBandPopulation(string argument, string band, double value) =>
        $"{argument}, band \"{band}\": population = {Show(value)} is not valid; it must be a finite number > 0.";

    public static string NegativeBandPopulation(string argument, string band, double value) =>
        $"{argument}, band \"{band}\": population = {Show(value)} is not valid; it must be a finite number ≥ 0 (0 only " +
        "for a band with no events).";

    public static string EventsWithoutPopulation(string argument, string band, double events) =>
        $"{argument}, band \"{band}\": {Show(events)} events but population 0, so the band has no rate. ScotPHO's " +
        "calculate_easr would drop these events from the rate while counting them in the total; check the population " +
        "lookup for this band.";

    public static string MissingPopulationEstimate() =>
        "estimatedPopulation is missing: ScotPHO's calculate_perc_pcf gives no limits (NA) without it; give 0 for " +
        "'no estimate' or the population's size.";

    public static string NoPopulationEstimate(double denominator) =>
        $"No population estimate (0): ScotPHO's calculate_perc_pcf tests 'est_pop < denominator' ({Show(denominator)}) " +
        "first, so the interval has zero width (limits = the percentage), not the uncorrected width its comment intends.";

    public static string SampleAbovePopulationEstimate(double denominator, double population) =>
        $"The sample ({Show(denominator)}) exceeds the population estimate ({Show(population)}): ScotPHO assumes the " +
        "whole population was measured and gives an interval of zero width.";

    public static string NormalDrawOutOfRange(double mean, double standardDeviation) =>
        $"A normal draw needs a mean (got {Show(mean)}) and a finite standard deviation ≥ 0 (got {Show(standardDeviation)}).";

    public static string SiiQuantileCount(int count) =>
        $"quantiles has {count} rows; PHE's SII needs between 5 and 100 quantiles (one row each).";

    public static string SiiManyQuantiles(int count) =>
        $"{count} quantiles: small values can make the SII unstable when using a large number of quantiles (PHEindicatormethods' warning above 10).";

    public static string SiiRepeatedQuantile(int quantile) =>
        $"quantiles has more than one row for quantile {quantile}; give one row per quantile.";

    public static string SiiTransformNeedsRateOrProportion() =>
        "Transform is for rates and proportions only (PHEindicatormethods: value_type should be 1 or 2 when transform is true).";

    public static string SiiTransformNeedsLimits() =>
        "With Transform, give every quantile's lower and upper 95% limits and no standard errors (they are taken on the log or logit scale).";

    public static string SiiMultiplier(double multiplier) =>
        $"Multiplier = {Show(multiplier)} is not valid; give a finite number other than 0 (negative to invert the RII).";

    public static string SiiRepetitions(int repetitions) =>
        $"Repetitions = {repetitions} is too few; PHE's SII needs 1000 or more (its default is 100,000).";

    public static string SiiConfidence(double level) =>
        $"confidence = {Show(level)} is not available for the SII; give levels from 0.9 up to, not including, 1 (or 90 to 100).";

    public static string SiiNeedsValues(PheSiiValueType type) =>
        type == PheSiiValueType.Proportion
            ? "Give every quantile a Value, or (for proportions) every quantile a Count and no Value."
            : "Give every quantile a Value.";

    public static string SiiNeedsSpread() =>
        "Give every quantile a StandardError, or every quantile both a LowerLimit and an UpperLimit.";

    public static string SiiInvalidValue(int quantile, string what, double value, string expected) =>
        $"quantiles, quantile {quantile}: {what} = {Show(value)} is not valid; it must be {expected}.";

    public static string NotScotPhoConvention(PublicationConvention convention) =>
        $"convention = {convention} is not valid here: ScotPHO's persons EASR is defined under ScotPho or ScotPhoZeroFilled.";

    public static string BandsAndWeightsDiffer(int bands, int weights) =>
        $"A standard population needs one weight per band: {bands} bands but {weights} weights.";

    public static string EmptyStandardPopulation() =>
        "A standard population needs at least one band.";

    public static string EventFrequencyNotPositive(string band, double frequency) =>
        $"counts, band \"{band}\": event frequency = {Show(frequency)} is not valid; it must be a whole number ≥ 1.";

    public static string TooFewValues(int count) =>
        $"values has {count} value(s); a mean with t-based limits needs at least 2.";

    public static string NonFiniteValue(int index, double value) =>
        $"values[{index}] = {Show(value)} is not a finite number.";

    public static string FewValues(int count) =>
        $"Few values: the mean is of {count} values, so its limits are wide.";

    public static string ExpectedNotPositive(double expected) =>
        $"expected = {Show(expected)} is not valid: expected events must be > 0 for a ratio.";

    public static string DigitsOutOfRange(int digits) =>
        $"digits = {digits} is not valid: give a number of decimal places from 0 to 15.";

    public static string ScotPhoNinetyFiveOnly(double confidence) =>
        $"confidence = {Show(confidence)} is not available under the ScotPHO convention, which publishes 95% limits " +
        "only (z = 1.96); use confidence 0.95 or the PHE convention.";

    public static string BandPopulationsDiffer(string band, IEnumerable<double> populations) =>
        $"counts, band \"{band}\": rows give different populations ({string.Join(", ", populations.Select(Show))}); " +
        "every row of a band must carry the same population.";

    public static string PracticeNotInLookup(string practiceCode, DateOnly effectiveDate) =>
        $"practices: practice \"{practiceCode}\" is not in the geography lookup effective " +
        $"{effectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; use a lookup for the data's period or " +
        "remove the practice explicitly.";

    public static string RepeatedPractice(string practiceCode) =>
        $"practices: practice \"{practiceCode}\" appears more than once; give one row per practice (sum them first).";

    public static string PracticeValueInvalid(string practiceCode, string column, double value) =>
        $"practices: practice \"{practiceCode}\" has {column} = {Show(value)}; it must be a finite number ≥ 0.";

    public static string ComparatorNotAbove(GeographyLevel unitLevel, GeographyLevel comparatorLevel) =>
        $"comparatorLevel = {comparatorLevel} is not above unitLevel = {unitLevel}; compare a unit with a level that " +
        "contains it (practice → cluster → HSCP → board → Scotland).";

    public static string InconsistentHierarchy(string unitCode, GeographyLevel comparatorLevel, IEnumerable<string> codes) =>
        $"The practices of {unitCode} belong to more than one {comparatorLevel} ({string.Join(", ", codes)}); the " +
        "lookup is not nested, so the unit cannot be compared with one comparator.";

    public static string QuintileMissing(int quintile) =>
        $"quintiles has no row for SIMD quintile {quintile.ToString(CultureInfo.InvariantCulture)}; give one row for each of quintiles 1 to 5.";

    public static string QuintileOutOfRange(int quintile) =>
        $"quintiles has a row for SIMD quintile {quintile.ToString(CultureInfo.InvariantCulture)}; quintiles run from 1 (most deprived) to 5 (least deprived).";

    public static string QuintileRepeated(int quintile) =>
        $"quintiles has more than one row for SIMD quintile {quintile.ToString(CultureInfo.InvariantCulture)}; give one row per quintile.";

    public static string QuintileNotCalculated(int quintile) =>
        $"The measure could not be calculated for SIMD quintile {quintile.ToString(CultureInfo.InvariantCulture)} (NaN), so the SII and RII are NaN.";

    public static string GroupsForInequality(int populations, int values) =>
        $"populations has {populations} groups and values {values}; the SII needs the same number of each, at least 3.";

    public static string BandNotInStandard(string band, string standardName, IEnumerable<string> bands) =>
        $"The band \"{band}\" is not a band of {standardName} ({string.Join(", ", bands)}).";

    public static string ZeroEventsEasr() =>
        "0 events: the EASR's limits are undefined (NaN); ScotPHO's own code writes 0 for them " +
        "(PublicationConvention.ScotPhoZeroFilled).";

    public static string ZeroEventsEasrZeroFilled() =>
        "0 events: the EASR and its limits are written as 0, as ScotPHO publishes them; the limits are really undefined.";

    public static string RepeatedPracticeBand(string practiceCode, string band) =>
        $"practices: practice \"{practiceCode}\" has more than one row for the band \"{band}\"; give one row per practice and band.";
}
