using System.Globalization;

namespace AnalysisKit.Briefings;

/// <summary>
/// How the briefing writes numbers on the page and in its tables: invariant culture, thousands separated by commas
/// (12,345.6), a fixed number of decimals, half away from zero on the value as written to 15 significant digits (as
/// Excel's ROUND and PHS tables do); NaN as an empty string.
/// </summary>
internal static class BriefingFormat
{
    /// <summary>A value to <paramref name="decimals"/> places with thousands separators, e.g. 1,164.9.</summary>
    public static string Number(double value, int decimals)
    {
        if (double.IsNaN(value))
        {
            return "";
        }

        var format = "#,##0" + (decimals > 0 ? "." + new string('0', decimals) : "");
        return Math.Abs(value) < 1e15
            ? decimal.Round((decimal)value, decimals, MidpointRounding.AwayFromZero).ToString(format, CultureInfo.InvariantCulture)
            : value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A whole count with thousands separators, e.g. 17,030.</summary>
    public static string Count(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>An interval "lower to upper", each to <paramref name="decimals"/> places.</summary>
    public static string Interval(double lower, double upper, int decimals) => $"{Number(lower, decimals)} to {Number(upper, decimals)}";

    /// <summary>
    /// The rounding step of anonymised practices' values: two significant figures at the magnitude of the area's
    /// value (10 for an area value of 346.5, 100 for 1,164.9, 0.1 for 3.5). Finer values, with the public list sizes
    /// and the area's own total, let a decoder put letters back to practices (see README, "Anonymisation").
    /// </summary>
    /// <param name="areaValue">The area's value of the indicator.</param>
    public static double AnonymisedStep(double areaValue) =>
        double.IsNaN(areaValue) || areaValue == 0 || double.IsInfinity(areaValue)
            ? 1
            : Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(areaValue))) - 1);

    /// <summary>Decimals to show a value rounded to <paramref name="step"/> (0 for 10 or 100, 1 for 0.1).</summary>
    public static int DecimalsOf(double step) => Math.Max(0, (int)-Math.Floor(Math.Log10(step) + 1e-9));

    /// <summary>A value rounded to a multiple of <paramref name="step"/> (half away from zero) and written with its decimals.</summary>
    public static string Rounded(double value, double step)
    {
        if (double.IsNaN(value))
        {
            return "";
        }

        var decimals = DecimalsOf(step);
        var multiple = decimal.Round((decimal)value / (decimal)step, 0, MidpointRounding.AwayFromZero) * (decimal)step;
        return Number((double)multiple, decimals);
    }
}
