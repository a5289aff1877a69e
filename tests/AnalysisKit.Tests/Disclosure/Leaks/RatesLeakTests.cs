using System.Globalization;
using AnalysisKit.Disclosure;
using AnalysisKit.Indicators;

namespace AnalysisKit.Tests.Disclosure.Leaks;

/// <summary>
/// Issue case 6: standardised rates kept with their Dobson intervals beside a suppressed count. The Dobson limits are
/// DSR + √(var/O)·(Byar(O) − O), so (upper − rate) / (rate − lower) = (Byar upper(O) − O) / (O − Byar lower(O)), which
/// depends on the count O alone. The attacker below computes that ratio for every small O with Byar's formula written
/// out by hand (not the library's) and matches the published ratio.
/// </summary>
public sealed class RatesLeakTests
{
    /// <summary>Four areas with 1, 2, 3 and 4 deaths spread over bands, and a large one.</summary>
    private static readonly (string Area, (string Band, int Deaths)[] Events)[] Areas =
    [
        ("Area 1", [("70-74", 1)]),
        ("Area 2", [("75-79", 1), ("85-89", 1)]),
        ("Area 3", [("60-64", 1), ("80-84", 2)]),
        ("Area 4", [("65-69", 2), ("90+", 2)]),
        ("Area 5", [("50-54", 12), ("70-74", 15), ("85-89", 20)]),
    ];

    [Fact]
    public void KeptStandardisedRates_TheOldPresetBehaviour_GiveEverySuppressedCountBack()
    {
        // Before: both built-in policies kept standardised rates (now the explicit opt-in).
        var keeping = new SuppressionPolicy("old-phs-practice-under-5", 5, ThresholdComparison.LessThan, true, "*", false, 1,
            RoundingRule.HalfUp, true, SecondaryMethod.Complete, keepStandardisedRatesReason: "the behaviour before issue 14");

        var result = Suppressor.Apply(EasrTable(), keeping);

        var recovered = Recover(result, keeping.ProtectionWidth);
        Assert.Equal([("Area 1", 1L), ("Area 2", 2L), ("Area 3", 3L), ("Area 4", 4L)], recovered);
        Assert.Contains(result.Warnings, w => w.StartsWith("Table 'easr': 12 standardised rate or limit values are kept beside suppressed counts (policy opt-in: the behaviour before issue 14)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("phs-practice-under-5")]
    [InlineData("under-10")]
    [InlineData("sdcshinyapp-10")]
    public void EveryBuiltInPolicy_BlanksTheRateAndItsLimits_NothingRecovered(string preset)
    {
        var policy = SuppressionPolicy.Presets[preset];

        var result = Suppressor.Apply(EasrTable(), policy);

        Assert.Empty(Recover(result, policy.ProtectionWidth));
        for (var r = 0; r < 4; r++)
        {
            Assert.Equal(CellState.Suppressed, result.State(r, 0));
            Assert.All(Enumerable.Range(0, 3), f => Assert.True(result.MeasureSuppressed(r, f)));
        }
    }

    /// <summary>Deaths (count) with the ScotPHO EASR per 100,000 and its 95% limits as published (two decimals).</summary>
    private static DisclosureTable EasrTable()
    {
        var standard = StandardPopulation.European2013;
        var rows = Areas.Select(area =>
        {
            var counts = standard.Bands.Select(b => new AgeBandCount(b, area.Events.Where(e => e.Band == b).Sum(e => e.Deaths), 2_000)).ToList();
            var easr = DirectlyStandardisedRate.Dobson(counts, convention: PublicationConvention.ScotPho);
            string Text(double v) => v.ToString("F2", CultureInfo.InvariantCulture);
            return new TableRow([area.Area], [area.Events.Sum(e => (long)e.Deaths)], [Text(easr.Value), Text(easr.Lower), Text(easr.Upper)]);
        }).ToList();
        string[] measures = ["easr", "lower", "upper"];
        return new DisclosureTable("easr", ["area"], "Total", ["deaths"], null,
            measures.Select(m => new FollowerColumn(m, "deaths", MeasureKind.StandardisedRate)).ToList(), rows);
    }

    /// <summary>Every area whose count is suppressed but whose rate and limits are published, with the count they pin.</summary>
    private static List<(string Area, long Count)> Recover(SuppressionResult result, long width)
    {
        var recovered = new List<(string, long)>();
        for (var r = 0; r < result.Table.Rows.Count; r++)
        {
            if (result.State(r, 0) != CellState.Suppressed || result.MeasureSuppressed(r, 0))
            {
                continue;
            }

            var (rate, lower, upper) = (Parse(result.MeasureText(r, 0)), Parse(result.MeasureText(r, 1)), Parse(result.MeasureText(r, 2)));
            var ratio = (upper - rate) / (rate - lower);
            var matches = Enumerable.Range(1, (int)width - 1).Where(n => Math.Abs(ByarRatio(n) - ratio) / ByarRatio(n) < 0.01).ToList();
            if (matches.Count == 1)
            {
                recovered.Add((result.Table.RowLabel(r), matches[0]));
            }
        }

        return recovered;
    }

    /// <summary>(Byar upper − O) / (O − Byar lower) at 95%, by hand (Breslow and Day 1987).</summary>
    private static double ByarRatio(long o)
    {
        const double z = 1.959963984540054;
        var lower = o * Math.Pow(1 - (1.0 / (9 * o)) - (z / (3 * Math.Sqrt(o))), 3);
        var upper = (o + 1) * Math.Pow(1 - (1.0 / (9 * (o + 1))) + (z / (3 * Math.Sqrt(o + 1))), 3);
        return (upper - o) / (o - lower);
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
