using System.Globalization;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Prescribing;
using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Prescribing;

/// <summary>
/// The Scottish starter set on the sample's BNF-level extract, each figure recomputed by a second, plain path from the
/// raw files (the CSV read line by line, list sizes taken from the population file's rows), and the monthly disclosure
/// control checked cell by cell.
/// </summary>
public sealed class PrescribingMeasuresSampleTests
{
    private static readonly string Data = RepoPaths.InRepo("data-samples");

    private static readonly DateOnly December = new(2025, 12, 1);

    private static readonly Lazy<PracticeLookup> Lookup = new(() => PracticeLookupReader.ReadFolder(Path.Combine(Data, "geography")));

    internal static readonly Lazy<MeasureFile> Starter = new(() => MeasureFile.Load(Path.Combine(Data, "prescribing-measures.json")));

    internal static readonly Lazy<IReadOnlyList<MeasureResult>> Results = new(() =>
        PrescribingMeasures.Calculate(Starter.Value.Measures, Lookup.Value, PopulationSource.Of(Lookup.Value)));

    private static MeasureResult Result(string name) => Results.Value.Single(r => r.Measure.Name == name);

    /// <summary>The BNF extract's rows: practice, code, items, cost, month.</summary>
    private static readonly Lazy<List<(string Practice, string Code, long Items, double Cost, string Month)>> Rows = new(() =>
        File.ReadLines(Path.Combine(Data, "extracts", "prescribing-bnf-monthly.csv")).Skip(1).Select(line => line.Split(','))
            .Select(f => (f[0], f[1], long.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), f[5])).ToList());

    /// <summary>A practice's list size on a date: its two sex rows of the latest quarter on or before it, straight from the population file.</summary>
    private static readonly Lazy<Dictionary<string, List<(string Date, int Total)>>> Populations = new(() =>
        File.ReadLines(Path.Combine(Data, "geography", "practice-populations.csv")).Skip(1).Select(line => line.Split(','))
            .GroupBy(f => f[1]).ToDictionary(g => g.Key, g => g.GroupBy(f => f[0]).Select(d => (d.Key, d.Sum(f => int.Parse(f[3], CultureInfo.InvariantCulture)))).ToList()));

    private static int ListSize(string practice, DateOnly month) =>
        Populations.Value[practice].Where(p => string.CompareOrdinal(p.Date, month.ToString("yyyyMMdd", CultureInfo.InvariantCulture)) <= 0).MaxBy(p => p.Date).Total;

    private static bool Antibacterial(string code) => code.StartsWith("0501", StringComparison.Ordinal) && !code.StartsWith("050109", StringComparison.Ordinal) && !code.StartsWith("050110", StringComparison.Ordinal);

    [Fact]
    public void AntibacterialItems_EqualTheMonthlyExtractsAntibacterialItemsColumn()
    {
        // Two files written by two parts of the generator: the BNF rows share out the monthly extract's count.
        var monthly = File.ReadLines(Path.Combine(Data, "extracts", "prescribing-monthly.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => string.CompareOrdinal(f[0], "202507") >= 0 && f[8].Length > 0)
            .ToDictionary(f => (f[1], f[0]), f => long.Parse(f[8], CultureInfo.InvariantCulture));
        var values = Result("antibacterial-items").Practices.Values;
        Assert.All(values, v => Assert.Equal(monthly[(v.Unit, v.Month.ToString("yyyyMM", CultureInfo.InvariantCulture))], v.Sums.NumeratorCount));
        Assert.True(values.Count > 900 * 6);
    }

    [Fact]
    public void PracticesInDecember_PercentilesAndDecilesRecomputedFromTheRawFiles()
    {
        var hierarchy = Lookup.Value.AsAt(December);
        var practices = Rows.Value.Where(r => r.Month == "202512" && hierarchy.IsComparable(r.Practice)).Select(r => r.Practice).Distinct().ToList();
        var values = practices.ToDictionary(p => p, p => Rows.Value.Where(r => r.Month == "202512" && r.Practice == p && Antibacterial(r.Code)).Sum(r => r.Items) * 1000.0 / ListSize(p, December));
        var level = Result("antibacterial-items").Practices;

        Assert.Equal(values.Count, level.Values.Count(v => v.Month == December));
        foreach (var (practice, value) in values)
        {
            var got = level.At(practice, December)!;
            Close.Relative(value, got.Value!.Value, 1e-13, practice + " value");
            var below = values.Values.Count(v => v < value);
            Assert.Equal(100.0 * below / (values.Count - 1), got.Percentile!.Value, 10);
        }

        var sorted = values.Values.Order().ToArray();
        var deciles = level.DecilesAt(December)!.Deciles;
        for (var d = 1; d <= 9; d++)
        {
            var position = d / 10.0 * (sorted.Length - 1);
            var low = (int)Math.Floor(position);
            var expected = sorted[low] + ((position - low) * (sorted[Math.Min(low + 1, sorted.Length - 1)] - sorted[low]));
            Close.Relative(expected, deciles[d - 1], 1e-12, $"{d * 10}th percentile");
        }
    }

    [Fact]
    public void OutlierCluster_ValueIsItsPracticesItemsOverTheirLists_AndTopAmongClusters()
    {
        var hierarchy = Lookup.Value.AsAt(December);
        var members = hierarchy.ComparablePracticesIn(GeographyLevel.Cluster, SamplePlantedSignals.OutlierClusterCode).Select(p => p.Code).ToList();
        var items = Rows.Value.Where(r => r.Month == "202512" && members.Contains(r.Practice) && Antibacterial(r.Code)).Sum(r => r.Items);
        var patients = members.Sum(p => ListSize(p, December));
        var cluster = Result("antibacterial-items").Clusters!.At(SamplePlantedSignals.OutlierClusterCode, December)!;

        Close.Relative(items * 1000.0 / patients, cluster.Value!.Value, 1e-13, "GPC082 December");
        // The planted outlier (antibacterials × 1.35) is the highest of Scotland's clusters.
        Assert.Equal(100, cluster.Percentile);
    }

    [Fact]
    public void StarPu_DenominatorIsThePopulationWeightedByHand()
    {
        // Practice 70001's December population (the October 2025 quarter), weighted band by band with the 2013 weights.
        double[] male = [0.8377155655095184, 0.3138732420636401, 0.33969141052120033, 0.2409056506545999, 0.2668526596045998, 0.31587104773713576, 0.44801597638273855, 0.6931228760507959, 0.9860710593612275];
        double[] female = [0.7652339111849917, 0.3965845878554479, 0.6256560773480663, 0.5803189179127629, 0.5851314623781853, 0.618586515495957, 0.7388612532655764, 0.9727081572044829, 1.2658322296629296];
        int[] weightBand = [0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 8, 8]; // ESP2013 0-4, 5-9, … 90+
        var expected = 0.0;
        foreach (var f in File.ReadLines(Path.Combine(Data, "geography", "practice-populations.csv")).Skip(1).Select(l => l.Split(',')).Where(f => f[0] == "20251001" && f[1] == "70001"))
        {
            for (var b = 0; b < 19; b++)
            {
                expected += int.Parse(f[4 + b], CultureInfo.InvariantCulture) * (f[2] == "Female" ? female : male)[weightBand[b]];
            }
        }

        Close.Relative(expected, Result("antibacterial-items-star-pu").Practices.At("70001", December)!.Sums.Denominator, 1e-13, "70001 STAR-PUs");
    }

    [Fact]
    public void Exclusions_PseudoPracticesAndTheOptedOutPractice_EveryMonthWithTheirReason()
    {
        var exclusions = Result("antibacterial-items").Exclusions;
        Assert.Equal(6, exclusions.Count(e => e.Practice == SamplePlantedSignals.OptedOutPracticeCode && e.Reason == "no prescribing rows that month"));
        foreach (var pseudo in PseudoPractice.Codes)
        {
            Assert.Equal(6, exclusions.Count(e => e.Practice == pseudo && e.Reason.StartsWith("pseudo-practice", StringComparison.Ordinal)));
        }

        Assert.Equal(30, exclusions.Count);
        Assert.Equal([new DateOnly(2025, 7, 1), December], [Result("antibacterial-items").Months[0], Result("antibacterial-items").Months[^1]]);
    }

    [Fact]
    public void Lidocaine_PlantedPractice_HasItsClustersHighestCostPerThousand()
    {
        var result = Result("lidocaine-plasters-cost");
        var cluster = Lookup.Value.AsAt(December).ComparablePracticesIn(GeographyLevel.Cluster, SamplePlantedSignals.OutlierClusterCode);
        var mean = cluster.ToDictionary(p => p.Code, p => result.Practices.Of(p.Code).Average(v => v.Value!.Value));
        Assert.Equal(SamplePlantedSignals.LidocainePracticeCode, mean.MaxBy(m => m.Value).Key);
        // Its December cost is the cost of its plaster rows.
        var cost = Rows.Value.Where(r => r.Month == "202512" && r.Practice == SamplePlantedSignals.LidocainePracticeCode && r.Code.StartsWith("1502010J0", StringComparison.Ordinal) && r.Code.EndsWith("EL", StringComparison.Ordinal)).Sum(r => r.Cost);
        Close.Relative(cost, result.Practices.At(SamplePlantedSignals.LidocainePracticeCode, December)!.Sums.Numerator, 1e-12, "December cost");
    }

    [Theory]
    [InlineData("antibacterial-items")]
    [InlineData("lidocaine-plasters-cost")]
    [InlineData("high-dose-opioids-share")]
    public void Disclosure_NoPublishedUnitMonthHasASmallCountBehindIt(string name)
    {
        var result = Result(name);
        var disclosure = MeasureDisclosure.Apply(result, Lookup.Value, SuppressionPolicy.PhsPracticeUnder5);
        var policy = SuppressionPolicy.PhsPracticeUnder5;
        foreach (var level in result.Levels.Values)
        {
            foreach (var value in level.Values)
            {
                var small = policy.IsSmall(value.Sums.NumeratorCount) || (value.Sums.DenominatorCount is { } d && policy.IsSmall(d - value.Sums.NumeratorCount));
                if (small)
                {
                    Assert.False(disclosure.IsPublished(level.Level, value.Unit, value.Month), $"{name}: {level.Level} {value.Unit} {value.Month:yyyy-MM} is published with a small count");
                }
            }
        }

        // Complete secondary suppression: a published cluster never has exactly one practice withheld (its count would be the difference).
        foreach (var month in result.Months)
        {
            var hierarchy = Lookup.Value.AsAt(month);
            foreach (var cluster in result.Clusters!.Values.Where(v => v.Month == month && disclosure.IsPublished(GeographyLevel.Cluster, v.Unit, month)))
            {
                var withheld = result.Practices.Values.Count(p => p.Month == month && hierarchy.AreaCode(p.Unit, GeographyLevel.Cluster) == cluster.Unit && !disclosure.IsPublished(GeographyLevel.Practice, p.Unit, month));
                Assert.NotEqual(1, withheld);
            }
        }
    }

    [Fact]
    public void Disclosure_SmallPracticesInTheLidocaineMeasure_AreWithheldAndTheirSavingsToo()
    {
        var result = Result("lidocaine-plasters-cost");
        var disclosure = MeasureDisclosure.Apply(result, Lookup.Value, SuppressionPolicy.PhsPracticeUnder5);
        // 430 patients at ≈ 1.5 plasters per 1,000 a month: a count of 0–4 every month, so never a published saving over the months.
        Assert.False(disclosure.IsPublishedOver(GeographyLevel.Practice, "78006", result.Months));
        Assert.Contains(result.Practices.Values, v => v.Sums.NumeratorCount is > 0 and < 5);
        Assert.True(disclosure.IsPublished(GeographyLevel.Scotland, HealthBoard.ScotlandCode, December));
    }
}
