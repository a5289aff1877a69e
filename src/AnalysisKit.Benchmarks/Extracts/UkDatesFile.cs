using AnalysisKit.Extracts;
using AnalysisKit.Samples;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// An extract saved by Excel on a UK machine: UTF-8 with a byte-order mark, CRLF line ends, dates as dd/MM/yyyy (the
/// month as its first day, the payment date any day), the practice name beside its code (some names quoted for a
/// comma), items and cost; random order over 24 months.
/// </summary>
internal sealed class UkDatesFile : CorpusFile
{
    public override string Name => "uk-dates";

    public override string Shape => "dd/MM/yyyy dates, BOM, CRLF, practice names (quoted), 24 months";

    public override ExtractSchema Schema { get; } = new("payments by practice",
    [
        ExtractColumn.Code("Practice Code"),
        ExtractColumn.Text("Practice Name"),
        ExtractColumn.Month("Month") with { Format = "dd/MM/yyyy" },
        ExtractColumn.Date("Date Paid") with { Format = "dd/MM/yyyy" },
        ExtractColumn.Count("Items", "items"),
        ExtractColumn.Number("Cost", "GBP"),
    ])
    {
        Practice = "Practice Code",
        Period = "Month",
    };

    public override IReadOnlyList<string> GroupBy => ["Practice Code", "Month"];

    public override IReadOnlyList<string> Sums => ["Items", "Cost"];

    public override Type[] LoadCsvTypes => [typeof(string), typeof(string), typeof(string), typeof(string), typeof(long), typeof(double)];

    protected override string DuckDbOptions => ", dateformat = '%d/%m/%Y'";

    public override void Write(string path, int rows)
    {
        var scotland = new SyntheticScotland(2_000);
        var stream = SplitMix64.Derive(SyntheticScotland.Seed, 12);
        using var writer = new CorpusWriter(path, crlf: true, byteOrderMark: true);
        writer.Header("Practice Code", "Practice Name", "Month", "Date Paid", "Items", "Cost");
        for (var r = 0; r < rows; r++)
        {
            var p = stream.NextInt(scotland.PracticeCodes.Length);
            var month = stream.NextInt(24);
            var items = SyntheticScotland.Items(stream);
            var paidMonth = month + 1;
            writer.Text(scotland.PracticeCodes[p]);
            writer.Text(scotland.PracticeNames[p]);
            writer.Date(2023 + (month / 12), 1 + (month % 12), 1, "d/M/y");
            writer.Date(2023 + (paidMonth / 12), 1 + (paidMonth % 12), 1 + stream.NextInt(28), "d/M/y");
            writer.Integer(items);
            writer.Decimal((long)items * scotland.UnitPence[stream.NextInt(scotland.UnitPence.Length)], 2);
            writer.EndRow();
        }
    }
}
