using System.Text;
using AnalysisKit.Extracts;
using AnalysisKit.Samples;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// An extract with a long free-text column: every row carries a quoted note of 120–400 characters with commas, doubled
/// quotes and, in 2% of notes, a line break inside the quotes (drawn from 6,000 notes, as descriptions repeat), beside
/// practice, month as yyyyMM, BNF code, items and cost; random order.
/// </summary>
internal sealed class LongTextFile : CorpusFile
{
    private const int Notes = 6_000;

    private static readonly string[] Words =
    [
        "take", "one", "two", "tablets", "daily", "with", "food", "review", "in", "three", "months", "patient", "reports",
        "dizziness", "switched", "from", "brand", "generic", "supply", "issue", "pharmacist", "advised", "dose", "reduced",
        "renal", "function", "monitor", "blood", "pressure", "see", "letter", "hospital", "discharge", "acute", "repeat",
    ];

    public override string Name => "long-text";

    public override string Shape => "quoted notes of 120-400 characters (commas, \"\" and line breaks), yyyyMM";

    public override ExtractSchema Schema { get; } = new("prescribing with notes",
    [
        ExtractColumn.Code("practice"),
        ExtractColumn.Month("month"),
        ExtractColumn.Code("bnf_code"),
        ExtractColumn.Text("note"),
        ExtractColumn.Count("items", "items"),
        ExtractColumn.Number("cost", "GBP"),
    ])
    {
        Practice = "practice",
        Period = "month",
    };

    public override IReadOnlyList<string> GroupBy => ["practice", "month"];

    public override IReadOnlyList<string> Sums => ["items", "cost"];

    public override Type[] LoadCsvTypes => [typeof(string), typeof(string), typeof(string), typeof(string), typeof(long), typeof(double)];

    public override void Write(string path, int rows)
    {
        var scotland = new SyntheticScotland(6_000);
        var stream = SplitMix64.Derive(SyntheticScotland.Seed, 14);
        var notes = new string[Notes];
        for (var i = 0; i < notes.Length; i++)
        {
            var length = 120 + stream.NextInt(281);
            var note = new StringBuilder();
            while (note.Length < length)
            {
                note.Append(Words[stream.NextInt(Words.Length)]);
                note.Append(stream.NextInt(12) switch { 0 => ", ", 1 => " \"as directed\" ", 2 => "; ", _ => " " });
            }

            notes[i] = (stream.NextInt(50) == 0 ? note.Insert(length / 2, "\n") : note).ToString(0, length).Trim();
        }

        using var writer = new CorpusWriter(path);
        writer.Header("practice", "month", "bnf_code", "note", "items", "cost");
        for (var r = 0; r < rows; r++)
        {
            var code = stream.NextInt(scotland.Codes.Length);
            var items = SyntheticScotland.Items(stream);
            writer.Text(scotland.PracticeCodes[stream.NextInt(scotland.PracticeCodes.Length)]);
            writer.Date(2024, 1 + stream.NextInt(12), 1, "yM");
            writer.Text(scotland.Codes[code]);
            writer.Quoted(notes[stream.NextInt(Notes)]);
            writer.Integer(items);
            writer.Decimal((long)items * scotland.UnitPence[code], 2);
            writer.EndRow();
        }
    }
}
