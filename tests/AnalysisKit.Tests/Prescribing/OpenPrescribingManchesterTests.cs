using AnalysisKit.Definitions;
using AnalysisKit.Geography;
using AnalysisKit.Prescribing;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Prescribing;

/// <summary>
/// OpenPrescribing's own "analyse" export for NHS Manchester CCG (antibacterial items and cost with each practice's list
/// size, 60 months; ../shared/open-data, read in place, skipped when absent) run through a measure file, the DuckDB sums
/// and the calculation, against a base-R transcription of OpenPrescribing's measure SQL (TestData/Derivations/
/// openprescribing.R). The export has no percentile columns, and OpenPrescribing's published deciles are across all of
/// England's practices, which the extract does not hold: these are its definitions computed among Manchester's practices.
/// </summary>
public sealed class OpenPrescribingManchesterTests : IDisposable
{
    private const string File = "open-data/eng-openprescribing-antibacterials-manchester-ccg/items_for_antibacterial_drugs_per_1000_patients_on_list.csv";

    private readonly string folder = Directory.CreateTempSubdirectory("akit-manchester-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private IReadOnlyList<MeasureResult> Calculate()
    {
        var extract = RepoPaths.SharedOrSkip(File).Replace("\\", "/", StringComparison.Ordinal);
        var path = Path.Combine(folder, "manchester.json");
        System.IO.File.WriteAllText(path, $$"""
            {
              "data": { "file": "{{extract}}", "practice": "id", "month": "date" },
              "measures": [
                { "name": "items", "label": "Antibacterial items per 1,000 patients", "numerator": "y_items", "denominator": "total_list_size",
                  "method": "ratio", "multiplier": 1000, "unit": "items per 1,000 patients", "polarity": "lower-is-better" },
                { "name": "cost", "label": "Antibacterial cost per 1,000 patients", "numerator": { "sum": "y_actual_cost", "values": "amount", "count": "y_items" },
                  "denominator": "total_list_size", "method": "ratio", "multiplier": 1000, "unit": "£ per 1,000 patients", "polarity": "lower-is-better",
                  "savings": { "method": "list-size" } }
              ]
            }
            """);
        return PrescribingMeasures.Calculate(MeasureFile.Load(path).Measures);
    }

    [Fact]
    public void Deciles_EveryMonth_MatchOpenPrescribingsSqlTranscribedToR()
    {
        var results = Calculate();
        var items = results[0].Practices;
        var cost = results[1].Practices;
        var months = ReferenceCsv.Read(RepoPaths.InRepo("tests/AnalysisKit.Tests/TestData/Prescribing/op_manchester_months.csv")).Rows;
        Assert.Equal(60, months.Count);
        Assert.Equal(60, results[0].Months.Count);
        foreach (var row in months)
        {
            var month = DateOnly.ParseExact(row.Text("month"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var deciles = items.DecilesAt(month)!;
            Assert.Equal((int)row.Double("units"), deciles.Units);
            for (var d = 1; d <= 9; d++)
            {
                Close.Relative(row.Double($"items_p{d * 10}"), deciles.Deciles[d - 1], 1e-13, $"{row.Text("month")} items {d * 10}th");
            }

            Close.Relative(row.Double("items_percentile_sum"), items.Values.Where(v => v.Month == month).Sum(v => v.Percentile ?? 0), 1e-12, $"{row.Text("month")} percentiles");
            var costDeciles = cost.DecilesAt(month)!;
            Close.Relative(row.Double("cost_p10"), costDeciles.Deciles[0], 1e-13, $"{row.Text("month")} cost 10th");
            Close.Relative(row.Double("cost_p50"), costDeciles.Median, 1e-13, $"{row.Text("month")} cost 50th");
            Close.Relative(row.Double("cost_p90"), costDeciles.Deciles[8], 1e-13, $"{row.Text("month")} cost 90th");
            // OpenPrescribing's global saving: the sum of every practice's positive saving at the 10th percentile.
            Close.Relative(row.Double("cost_savings10_positive_sum"), cost.Values.Where(v => v.Month == month).Sum(v => Math.Max(v.Saving!.Value, 0)), 1e-12, $"{row.Text("month")} savings");
        }
    }

    [Fact]
    public void ThreePractices_September2019_ValuesPercentilesAndSavings()
    {
        var results = Calculate();
        var september = new DateOnly(2019, 9, 1);
        foreach (var row in ReferenceCsv.Read(RepoPaths.InRepo("tests/AnalysisKit.Tests/TestData/Prescribing/op_manchester_practices.csv")).Rows)
        {
            var practice = row.Text("practice");
            var items = results[0].Practices.At(practice, september)!;
            var cost = results[1].Practices.At(practice, september)!;
            Close.Relative(row.Double("items_value"), items.Value!.Value, 1e-14, practice + " items");
            Close.Relative(row.Double("items_percentile"), items.Percentile!.Value, 1e-14, practice + " items percentile");
            Close.Relative(row.Double("cost_value"), cost.Value!.Value, 1e-14, practice + " cost");
            Close.Relative(row.Double("cost_percentile"), cost.Percentile!.Value, 1e-14, practice + " cost percentile");
            Close.Relative(row.Double("cost_saving10"), cost.Saving!.Value, 1e-12, practice + " saving");
        }
    }

    [Fact]
    public void ZeroListSize_HasNoValueOrPercentileButItsCostIsItsSaving()
    {
        // DR HUSSAIN'S PRACTICE, October 2014: 84 items, £220.37, list size 0 (OpenPrescribing: IEEE_DIVIDE → NULL).
        var cost = Calculate()[1].Practices.At("P84659", new DateOnly(2014, 10, 1))!;
        Assert.Null(cost.Value);
        Assert.Null(cost.Percentile);
        Close.Relative(220.37, cost.Saving!.Value, 1e-12, "saving with no list");
        Assert.Empty(Calculate()[0].Exclusions);
        Assert.Equal([GeographyLevel.Practice], Calculate()[0].Levels.Keys);
    }
}
