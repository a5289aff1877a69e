namespace AnalysisKit.Charts;

/// <summary>Checks shared by every chart's input; each throws <see cref="ChartDataException"/> with a message from <see cref="ChartMessages"/>.</summary>
internal static class ChartGuard
{
    public static void Finite(string chartName, string item, string field, double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            throw new ChartDataException(ChartMessages.NotFinite(chartName, item, field, value), paramName);
        }
    }

    public static void Decimals(string chartName, int decimals, string paramName)
    {
        if (decimals is < 0 or > ChartFormat.MaxDecimals)
        {
            throw new ChartDataException(ChartMessages.BadDecimals(chartName, decimals), paramName);
        }
    }

    public static void Confidence(string chartName, string field, double confidence, string paramName)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ChartDataException(ChartMessages.BadConfidence(chartName, field, confidence), paramName);
        }
    }

    public static void NotEmpty<T>(string chartName, IReadOnlyCollection<T> items, string what, string paramName)
    {
        if (items.Count == 0)
        {
            throw new ChartDataException(ChartMessages.Empty(chartName, what), paramName);
        }
    }

    public static void Labels(string chartName, IEnumerable<string> labels, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var label in labels)
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                throw new ChartDataException(ChartMessages.BlankLabel(chartName, index), paramName);
            }

            if (!seen.Add(label))
            {
                throw new ChartDataException(ChartMessages.DuplicateLabel(chartName, label), paramName);
            }

            index++;
        }
    }

    public static void Interval(string chartName, string item, double lower, double value, double upper, string paramName)
    {
        Finite(chartName, item, "lower", lower, paramName);
        Finite(chartName, item, "value", value, paramName);
        Finite(chartName, item, "upper", upper, paramName);
        if (!(lower <= value && value <= upper))
        {
            throw new ChartDataException(ChartMessages.IntervalOutOfOrder(chartName, item, lower, value, upper), paramName);
        }
    }

    public static void Increasing(string chartName, string field, IReadOnlyList<DateOnly> dates, string paramName)
    {
        for (var i = 1; i < dates.Count; i++)
        {
            if (dates[i] <= dates[i - 1])
            {
                throw new ChartDataException(ChartMessages.NotIncreasing(chartName, field,
                    ChartFormat.IsoDate(dates[i - 1]), ChartFormat.IsoDate(dates[i])), paramName);
            }
        }
    }
}
