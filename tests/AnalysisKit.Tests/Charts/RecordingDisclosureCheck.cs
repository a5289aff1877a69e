using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// A stand-in for the disclosure guard: records every count a chart asks about and refuses counts from 1 to
/// <see cref="RefuseBelow"/> − 1 (PHS's usual small-count rule is 1–4, used here only to exercise the hook).
/// </summary>
internal sealed class RecordingDisclosureCheck(int refuseBelow = 5, string marker = "*") : IChartDisclosureCheck
{
    public int RefuseBelow { get; } = refuseBelow;

    public List<(string Chart, string Item, string Measure, long Count)> Calls { get; } = [];

    public string SuppressionMarker { get; } = marker;

    public void CheckCount(string chartName, string item, string measure, long count)
    {
        Calls.Add((chartName, item, measure, count));
        if (count > 0 && count < RefuseBelow)
        {
            throw new InvalidOperationException($"Disclosure: {chartName}/{item}/{measure} = {count} is a small count.");
        }
    }
}
