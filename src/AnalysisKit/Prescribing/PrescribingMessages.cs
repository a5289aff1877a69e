using System.Globalization;

namespace AnalysisKit.Prescribing;

/// <summary>Every error and warning text of prescribing measures, in one place so each can be tested.</summary>
public static class PrescribingMessages
{
    /// <summary>A percentile outside 0–100.</summary>
    public static string PercentileRange(double percentile) =>
        string.Create(CultureInfo.InvariantCulture, $"percentile {percentile} is outside 0 to 100; expected e.g. 10 for the 10th percentile.");

    /// <summary>An unknown STAR-PU weight set.</summary>
    public static string UnknownStarPuWeights(string name, IEnumerable<string> names) =>
        $"\"{name}\" is not a STAR-PU weight set; expected one of {string.Join(", ", names)}.";

    /// <summary>A population band that does not lie inside one STAR-PU band.</summary>
    public static string BandStraddlesStarPu(string band, string bandSet, string weights, IEnumerable<string> weightBands) =>
        $"age band {band} of the populations ({bandSet}) straddles two bands of the {weights} STAR-PU weights ({string.Join(", ", weightBands)}); expected populations in bands that nest inside them, such as ESP2013's 5-year bands.";

    /// <summary>DuckDB could not run the measures' query over a file.</summary>
    public static string QueryFailed(string files, string detail) =>
        $"{files}: the prescribing measures could not be summed: {detail}";

    /// <summary>A month value that is not yyyyMM, yyyy-MM or the first day of a month.</summary>
    public static string BadMonth(string files, string column, string value) =>
        $"{files}: column {column}: \"{value}\" is not a month; expected yyyyMM (202507), yyyy-MM (2025-07) or the first day of a month (2025-07-01).";

    /// <summary>An empty value in a column a measure sums or groups by.</summary>
    public static string EmptyValue(string file, long row, string column, string practice) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}: row {row}, column {column}: empty (practice {practice}); expected a value on every row: a measure with a missing value would be guessed, not computed.");

    /// <summary>A population column that differs between rows of one practice-month.</summary>
    public static string PopulationDiffers(string files, string column, string practice, DateOnly month, double low, double high) =>
        string.Create(CultureInfo.InvariantCulture, $"{files}: column {column}: practice {practice} has populations {low} and {high} in {month:yyyy-MM}; expected one population per practice and month.");

    /// <summary>A population denominator asked of the extract's sums.</summary>
    public static string DenominatorNotSummed(string measure) =>
        $"measure {measure}: its denominator is neither counted in the extract nor a population; expected one of the measure denominators.";

    /// <summary>A measure with a population denominator calculated without populations.</summary>
    public static string NeedsPopulations(string measure) =>
        $"measure {measure}: its denominator comes from practice populations (list size or STAR-PUs); pass the geography's populations (e.g. LoadedGeography.Populations()).";

    /// <summary>A share whose numerator exceeds its denominator.</summary>
    public static string ShareAboveWhole(string measure, string practice, DateOnly month, double numerator, double denominator) =>
        string.Create(CultureInfo.InvariantCulture, $"measure {measure}: practice {practice} in {month:yyyy-MM} has a numerator of {numerator} above its denominator {denominator}; expected the numerator's rows to be part of the denominator's (check the BNF codes).");

    /// <summary>A savings percentile of 0, 100 or outside them.</summary>
    public static string SavingsPercentileRange(double percentile) =>
        string.Create(CultureInfo.InvariantCulture, $"savings percentile {percentile} is not between 0 and 100 (both excluded); expected e.g. 10, OpenPrescribing's.");
}
