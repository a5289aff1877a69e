namespace AnalysisKit.Variation.Spc;

/// <summary>Validation shared by the SPC charts; messages live in <see cref="VariationMessages"/>.</summary>
internal static class SpcInput
{
    internal static void RequireOrderedDates(IReadOnlyList<DateOnly> dates, string argument)
    {
        if (dates.Count == 0)
        {
            throw new ArgumentException(VariationMessages.NoPoints(argument), argument);
        }

        for (var i = 1; i < dates.Count; i++)
        {
            if (dates[i] == dates[i - 1])
            {
                throw new ArgumentException(VariationMessages.DuplicateDate(argument, i, dates[i]), argument);
            }

            if (dates[i] < dates[i - 1])
            {
                throw new ArgumentException(VariationMessages.DatesOutOfOrder(argument, i, dates[i - 1], dates[i]), argument);
            }
        }
    }

    internal static void RequireFinite(double? value, string argument, int row, string column)
    {
        if (value is { } v && (double.IsNaN(v) || double.IsInfinity(v)))
        {
            throw new ArgumentException(VariationMessages.NotFinite(argument, row, column, v), argument);
        }
    }

    /// <summary>Mean of the present values (R's <c>mean(x, na.rm = TRUE)</c>); NaN when none.</summary>
    internal static double MeanPresent(IEnumerable<double?> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values)
        {
            if (v is { } x)
            {
                sum += x;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
