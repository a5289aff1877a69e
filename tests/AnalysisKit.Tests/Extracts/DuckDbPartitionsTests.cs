using System.Globalization;
using System.Text;
using AnalysisKit.Extracts;
using AnalysisKit.Samples;

namespace AnalysisKit.Tests.Extracts;

/// <summary>
/// A year of prescribing kept as twelve monthly partitions (the PHS Prescriptions in the Community layout, as CSV and
/// as Parquet) summed in place by DuckDB. The expected practice × month totals are added up here, row by row in
/// decimal, from the values written into the files — not from any reader.
/// </summary>
public sealed class DuckDbPartitionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("akit-partitions-").FullName;
    private readonly Dictionary<(long Practice, long Month), (long Items, decimal Cost)> _expected = [];
    private readonly List<string> _csv = [];

    public DuckDbPartitionsTests()
    {
        var stream = new SplitMix64(20261124);
        for (var month = 1; month <= 12; month++)
        {
            var path = Path.Combine(_folder, $"pitc-2024{month:D2}.csv");
            var text = new StringBuilder("HBT,GPPractice,BNFItemCode,BNFItemDescription,NumberOfPaidItems,GrossIngredientCost,PaidDateMonth\n");
            for (var r = 0; r < 300; r++)
            {
                var practice = 10002 + (7 * stream.NextInt(40));
                var items = 1 + stream.NextInt(50);
                var pence = 1 + stream.NextInt(100_000);
                var cost = pence / 100m;
                text.Append(CultureInfo.InvariantCulture,
                    $"S08000015,{practice},0101010G0AAABAB,\"CO-MAGALDROX_SUSP 195MG/220MG/5ML, \"\"S/F\"\"\",{items},{cost:0.00},2024{month:D2}\n");
                var key = ((long)practice, 202400L + month);
                var (sumItems, sumCost) = _expected.GetValueOrDefault(key);
                _expected[key] = (sumItems + items, sumCost + cost);
            }

            File.WriteAllText(path, text.ToString());
            _csv.Add(path);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void SumBy_TwelveCsvPartitions_EqualsTotalsAddedUpByHand() => AssertTotals(_csv);

    [Fact]
    public void SumBy_TwelveParquetPartitions_EqualsTotalsAddedUpByHand()
    {
        var parquet = _csv.Select(p => Path.ChangeExtension(p, ".parquet")).ToList();
        for (var i = 0; i < _csv.Count; i++)
        {
            DuckDbExtracts.Query($"COPY (SELECT * FROM {DuckDbExtracts.Source(_csv[i])}) TO '{parquet[i]}' (FORMAT PARQUET)");
        }

        AssertTotals(parquet);
    }

    [Fact]
    public void SumBy_MixedKinds_SaysExpectOneKind()
    {
        var parquet = Path.Combine(_folder, "one.parquet");
        File.WriteAllText(parquet, string.Empty);
        var e = Assert.Throws<ArgumentException>(() => DuckDbExtracts.SumBy([_csv[0], parquet], ["GPPractice"], ["NumberOfPaidItems"]));
        Assert.StartsWith($"The partitions mix Parquet and other files ('{parquet}', '{_csv[0]}'); expected all .parquet or all CSV, so one reader reads them all.",
            e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SumBy_NoPartitionsOrAMissingOne_SaysWhich()
    {
        var none = Assert.Throws<ArgumentException>(() => DuckDbExtracts.SumBy(Array.Empty<string>(), ["GPPractice"], []));
        Assert.StartsWith("paths must name at least one partition file (e.g. the twelve monthly files of a year).", none.Message, StringComparison.Ordinal);
        var missing = Path.Combine(_folder, "pitc-202501.csv");
        var e = Assert.Throws<ExtractLoadException>(() => DuckDbExtracts.SumBy([_csv[0], missing], ["GPPractice"], []));
        Assert.Equal($"The extract file '{missing}' does not exist.", e.Message);
    }

    private void AssertTotals(IReadOnlyList<string> partitions)
    {
        var sums = DuckDbExtracts.SumBy(partitions, ["GPPractice", "PaidDateMonth"], ["NumberOfPaidItems", "GrossIngredientCost"]);
        Assert.Equal(_expected.Count, sums.Rows.Count);
        for (var r = 0; r < sums.Rows.Count; r++)
        {
            var key = (Convert.ToInt64(sums.Columns["GPPractice"][r], CultureInfo.InvariantCulture),
                Convert.ToInt64(sums.Columns["PaidDateMonth"][r], CultureInfo.InvariantCulture));
            var (items, cost) = _expected[key];
            Assert.Equal(items, sums.Columns["NumberOfPaidItems"][r]);
            Assert.Equal((double)cost, (double)sums.Columns["GrossIngredientCost"][r]!, 1e-6);
        }
    }
}
