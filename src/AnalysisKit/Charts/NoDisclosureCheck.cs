namespace AnalysisKit.Charts;

/// <summary>
/// Lets every count through. For internal use only (tests of chart structure, charts that show no counts):
/// anything published goes through a check wired to the disclosure guard.
/// </summary>
internal sealed class NoDisclosureCheck : IChartDisclosureCheck
{
    public static NoDisclosureCheck Instance { get; } = new();

    public string SuppressionMarker => "*";

    public void CheckCount(string chartName, string item, string measure, long count)
    {
    }
}
