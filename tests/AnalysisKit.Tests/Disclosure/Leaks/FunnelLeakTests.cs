using AnalysisKit.Charts;
using AnalysisKit.Tests.Charts;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Disclosure.Leaks;

/// <summary>
/// Issue case 7: a funnel of all clusters with one cluster's count suppressed. The hover text (and value × expected)
/// publishes every other cluster's observed count; with Scotland's total (published in the summary, and the funnel's
/// target) their sum gives the withheld one back. The attacker reads the chart's Plotly JSON and knows Scotland = Σ
/// clusters. Before: the funnel drew every other cluster (run below by building it without the withheld unit, which
/// is exactly what it drew). After: it withholds a partner, and the withheld count can no longer be narrowed.
/// </summary>
public sealed class FunnelLeakTests
{
    private const long Width = 5;

    [Fact]
    public void FunnelOfAllClusters_BeforeTheChange_ScotlandMinusTheOthersGivesTheWithheldCount()
    {
        var (data, counts) = AllClusters();
        var before = FunnelChart.Create(data with { Units = data.Units.Where(u => !u.Numerator.IsSuppressed).ToList() }, new RecordingDisclosureCheck());

        var attacker = Attack(before, counts);

        Assert.Equal("3", attacker.Intervals()["C000"].Lower.ToString());
        Assert.Equal("3", attacker.Intervals()["C000"].Upper.ToString());
    }

    [Fact]
    public void FunnelOfAllClusters_AfterTheChange_WithheldCountCannotBeNarrowed()
    {
        var (data, counts) = AllClusters();

        var chart = FunnelChart.Create(data, new RecordingDisclosureCheck());

        var attacker = Attack(chart, counts);
        var withheld = counts.Keys.Where(k => !attacker.IsPublished(k)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, withheld.Count);
        Assert.Empty(attacker.Leaks(Width, withheld, []));
        Assert.EndsWith("2 of the 147 clusters not plotted: their counts are suppressed by disclosure control.", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Partner_IsTheShownUnitWithTheSmallestNonZeroCount_AndIsChecked()
    {
        var (data, _) = AllClusters();
        var smallest = data.Units.Where(u => u.Numerator.Value is > 0).MinBy(u => u.Numerator.Value)!;
        var check = new RecordingDisclosureCheck();

        var partnered = FunnelChart.WithPartner(data, check);

        Assert.True(partnered.Units.Single(u => u.Label == smallest.Label).Numerator.IsSuppressed);
        Assert.Equal(2, partnered.Units.Count(u => u.Numerator.IsSuppressed));
        Assert.Equal((smallest.Label, smallest.Numerator.Value!.Value), (check.Calls.Single().Item, check.Calls.Single().Count));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Partner_SmallestIsTheBriefedOrARingedUnit_TheNextSmallestIsWithheldAndTheBriefedUnitStaysOnTheChart(bool briefed)
    {
        var (data, counts) = AllClusters();
        var shown = data.Units.Where(u => u.Numerator.Value is > 0).OrderBy(u => u.Numerator.Value).ThenBy(u => u.Label, StringComparer.Ordinal).ToList();
        var (smallest, next) = (shown[0], shown[1]);
        data = briefed
            ? data with { Highlight = smallest.Label }
            : data with { Units = data.Units.Select(u => u.Label == smallest.Label ? u with { Highlighted = true } : u).ToList() };

        var partnered = FunnelChart.WithPartner(data, new RecordingDisclosureCheck());

        Assert.False(partnered.Units.Single(u => u.Label == smallest.Label).Numerator.IsSuppressed);
        Assert.True(partnered.Units.Single(u => u.Label == next.Label).Numerator.IsSuppressed);
        Assert.Equal(2, partnered.Units.Count(u => u.Numerator.IsSuppressed));
        var attacker = Attack(FunnelChart.Create(data, new RecordingDisclosureCheck()), counts);
        Assert.Empty(attacker.Leaks(Width, ["C000", next.Label], []));
    }

    [Fact]
    public void Partner_NothingWithheld_FunnelUnchanged()
    {
        var (data, _) = AllClusters();
        data = data with { Units = data.Units.Where(u => !u.Numerator.IsSuppressed).ToList() };

        Assert.Same(data, FunnelChart.WithPartner(data, new RecordingDisclosureCheck()));
    }

    /// <summary>147 clusters: C000 has 3 items (suppressed), the rest 40 to 4,000; expected counts near the observed.</summary>
    private static (FunnelChartData Data, Dictionary<string, long> Counts) AllClusters()
    {
        var random = new Random(147);
        var counts = Enumerable.Range(0, 147).ToDictionary(i => $"C{i:000}", i => i == 0 ? 3L : random.Next(40, 4000), StringComparer.Ordinal);
        var units = counts.Select(c =>
        {
            var expected = c.Value * (0.8 + (0.45 * random.NextDouble()));
            return new FunnelChartPoint(c.Key, expected, c.Value / expected, c.Key == "C000" ? ChartCount.Suppressed : ChartCount.Of(c.Value), FunnelPosition.WithinLimits);
        }).ToList();
        var data = new FunnelChartData("cluster-funnel", "Items: every cluster against Scotland", "clusters", "Expected items", "Observed / expected",
            units, new FunnelLimitLines([1, 10_000], [0.5, 0.9], [1.5, 1.1], [0.3, 0.8], [1.7, 1.2], 0.95, 0.998, 1), 2, DenominatorIsCount: false);
        return (data, counts);
    }

    /// <summary>What the release tells the attacker: Scotland's total, each plotted cluster's numerator, Scotland = Σ clusters.</summary>
    private static ReleaseAttacker Attack(ChartFigure chart, Dictionary<string, long> counts)
    {
        var attacker = new ReleaseAttacker();
        attacker.Published("Scotland", counts.Values.Sum());
        foreach (var point in ChartAttacker.Points(ChartJson.Of(chart)).Where(p => p.Numerator is not null))
        {
            attacker.Published(point.Label, point.Numerator!.Value); // a ring over a highlighted unit publishes no count
        }

        foreach (var cluster in counts.Keys)
        {
            attacker.Hidden(cluster);
        }

        attacker.Sum("Scotland", counts.Keys);
        return attacker;
    }
}
