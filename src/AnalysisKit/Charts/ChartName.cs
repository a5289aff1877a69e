namespace AnalysisKit.Charts;

/// <summary>Checks chart names, which become HTML element ids and so must be stable and safe.</summary>
internal static class ChartName
{
    public static void Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is > 0 and <= 64 && name[0] is >= 'a' and <= 'z' &&
                    name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
        if (!valid)
        {
            throw new ArgumentException(ChartMessages.BadChartName(name), nameof(name));
        }
    }
}
