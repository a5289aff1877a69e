using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Definitions;
using AnalysisKit.Testing;
using Sylvan.Data.Csv;

namespace AnalysisKit.Tests.Prescribing;

/// <summary>
/// The starter set's BNF code filters on real Scottish codes: NHS Grampian's 12 months of community prescribing by BNF
/// presentation (PHS open data via JessButler/prescriptions, read in place from ../shared/open-data, skipped when
/// absent). The file is summed over practices and months, so it tests what each filter selects, not percentiles.
/// </summary>
public sealed partial class StarterSetGrampianTests
{
    private const string File = "open-data/scot-grampian-prescribing-bnf-12m/grampian_rx.csv";

    private static List<(string Code, string Description, double Items, double Cost)> Read(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var rows = new List<(string, string, double, double)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(reader.GetOrdinal("bnf_item_code")), reader.GetString(reader.GetOrdinal("bnf_item_description")),
                double.Parse(reader.GetString(reader.GetOrdinal("total_rx")), CultureInfo.InvariantCulture),
                double.Parse(reader.GetString(reader.GetOrdinal("total_cost")), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private static double Sum(IEnumerable<(string Code, string Description, double Items, double Cost)> rows, CountExpression expression, bool cost = false) =>
        rows.Where(r => expression.Filters.All(f => f.Passes(r.Code))).Sum(r => cost ? r.Cost : r.Items);

    [Fact]
    public void Filters_OnNhsGrampian_SelectWhatBaseRSelects()
    {
        var rows = Read(RepoPaths.SharedOrSkip(File));
        var measures = MeasureFile.Load(RepoPaths.InRepo("data-samples/prescribing-measures.json"));

        // Expected: R 4.2.2 on the same file with base startsWith/grepl (NA codes as ""): 0501 not 050109/050110;
        // 0501013K0, 0501021 or 050112; 0408010G0 or 0408010AE; ^1502010J0.*EL$; all 0501.
        Assert.Equal(380952, Sum(rows, measures["antibacterial-items"].Indicator.Numerator));
        Assert.Equal(382068, Sum(rows, measures["antibacterial-items-star-pu"].Indicator.Numerator));
        var broad = measures["broad-spectrum-share"].Indicator;
        Assert.Equal(24299, Sum(rows, broad.Numerator));
        Close.Relative(6.3784938784938783, 100 * Sum(rows, broad.Numerator) / Sum(rows, broad.Denominator.Expression!), 1e-15, "broad-spectrum share");
        Assert.Equal(125738, Sum(rows, measures["gabapentinoid-items"].Indicator.Numerator));
        var lidocaine = measures["lidocaine-plasters-cost"].Indicator.Numerator;
        Close.Relative(348238.04000000004, Sum(rows, lidocaine, cost: true), 1e-12, "lidocaine plaster cost");
        Assert.Equal(4423, Sum(rows, lidocaine));
    }

    [Fact]
    public void HighDoseOpioids_EveryListedCodeIsAGrampianPresentationAtOpenPrescribingsStrengths()
    {
        var rows = Read(RepoPaths.SharedOrSkip(File)).Where(r => r.Code != "NA").ToDictionary(r => r.Code, r => r.Description);
        var measure = MeasureFile.Load(RepoPaths.InRepo("data-samples/prescribing-measures.json"))["high-dose-opioids-share"].Indicator;
        var high = measure.Numerator.Filters.Single().Codes;
        var all = measure.Denominator.Expression!.Filters.Single().Codes;

        Assert.All(all, code => Assert.True(rows.ContainsKey(code), $"{code} is not an NHS Grampian presentation"));
        Assert.All(high, code => Assert.Contains(code, all));
        foreach (var code in all)
        {
            // OpenPrescribing's opioidspercent thresholds (≥ 120 mg oral morphine a day), read from the description.
            var description = rows[code];
            var isHigh = code[..9] switch
            {
                "0407020A0" => Strength(description, "MCG") >= 50,       // fentanyl patches, micrograms/hour
                "0407020B0" => Strength(description, "MCG") >= 52.5,     // buprenorphine patches
                "0407020AD" => Strength(description, "MG") >= 40,        // oxycodone modified-release
                "0407020AG" => Strength(description, "MG") >= 150,       // tapentadol modified-release
                "0407020Q0" => Strength(description, "MG") >= (description.StartsWith("MXL", StringComparison.Ordinal) ? 120 : 60), // morphine MR
                "040702050" => false,                                    // hydromorphone: denominator only
                var other => throw new InvalidOperationException($"{code} ({description}) is not a regular strong opioid ({other})"),
            };
            Assert.True(isHigh == high.Contains(code), $"{code} {description}: high dose {isHigh} but in the numerator {high.Contains(code)}");
        }
    }

    private static double Strength(string description, string unit) =>
        double.Parse(StrengthPattern().Matches(description).First(m => m.Groups[2].Value == unit).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("([0-9]+(?:\\.[0-9]+)?)\\s*(MCG|MG)")]
    private static partial Regex StrengthPattern();
}
