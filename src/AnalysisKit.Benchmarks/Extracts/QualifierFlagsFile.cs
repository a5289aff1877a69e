using AnalysisKit.Extracts;
using AnalysisKit.Samples;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// A PHS open-data file with qualifier columns: month (yyyyMM), board, practice, age group and sex, items and patients
/// each with a <c>…QF</c> flag — counts under 5 blank with flag <c>c</c> (suppressed), 0.5% blank with <c>:</c> (not
/// available), the latest month flagged <c>p</c> (provisional, value present) — and a rate per 1,000 that shows
/// <c>*</c> where it would reveal a suppressed count; sorted by month and practice.
/// </summary>
internal sealed class QualifierFlagsFile : CorpusFile
{
    private static readonly string[] AgeGroups = ["0-4", "5-14", "15-24", "25-44", "45-64", "65-74", "75-84", "85plus"];

    public override string Name => "qf-markers";

    public override string Shape => "PHS open data: ...QF flags (c, :, p) on blank counts, * markers, yyyyMM";

    public override ExtractSchema Schema { get; } = new("dispensing by age and sex",
    [
        ExtractColumn.Month("Month"),
        ExtractColumn.Code("HB"),
        ExtractColumn.Code("GPPractice"),
        ExtractColumn.Code("AgeGroup"),
        ExtractColumn.Code("Sex"),
        ExtractColumn.Count("Items", "items"),
        ExtractColumn.Count("Patients", "patients"),
        ExtractColumn.Number("RatePer1000", "items per 1,000 patients"),
    ])
    {
        Practice = "GPPractice",
        Period = "Month",
    };

    public override IReadOnlyList<string> GroupBy => ["GPPractice", "Month"];

    public override IReadOnlyList<string> Sums => ["Items", "Patients"];

    public override Type[] LoadCsvTypes =>
    [
        typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string),
        typeof(string), typeof(string), typeof(string),
    ];

    protected override string DuckDbOptions => ", nullstr = ['', '*', ':']";

    public override void Write(string path, int rows)
    {
        var scotland = new SyntheticScotland(10);
        var stream = SplitMix64.Derive(SyntheticScotland.Seed, 15);
        using var writer = new CorpusWriter(path);
        writer.Header("Month", "HB", "GPPractice", "AgeGroup", "Sex", "Items", "ItemsQF", "Patients", "PatientsQF", "RatePer1000");
        var perMonth = scotland.PracticeCodes.Length * AgeGroups.Length * 2;
        var months = (rows + perMonth - 1) / perMonth;
        var written = 0;
        for (var month = 0; written < rows; month++)
        {
            for (var p = 0; p < scotland.PracticeCodes.Length && written < rows; p++)
            {
                for (var cell = 0; cell < AgeGroups.Length * 2 && written < rows; cell++)
                {
                    var patients = (int)(scotland.PracticeSize[p] * 40 * stream.NextDouble());
                    var items = patients * (1 + stream.NextInt(4));
                    writer.Date(2020 + (month / 12), 1 + (month % 12), 1, "yM");
                    writer.Text(scotland.PracticeBoards[p]);
                    writer.Text(scotland.PracticeCodes[p]);
                    writer.Text(AgeGroups[cell / 2]);
                    writer.Text(cell % 2 == 0 ? "Female" : "Male");
                    var provisional = month == months - 1 ? "p" : string.Empty;
                    Flagged(writer, items, stream, provisional);
                    Flagged(writer, patients, stream, provisional);
                    if (patients < 5)
                    {
                        writer.Text("*");
                    }
                    else
                    {
                        writer.Decimal(items * 10_000L / patients, 1);
                    }

                    writer.EndRow();
                    written++;
                }
            }
        }
    }

    /// <summary>A count and its flag: under 5 → blank, "c"; 0.5% → blank, ":"; otherwise the value and the month's flag.</summary>
    private static void Flagged(CorpusWriter writer, int count, SplitMix64 stream, string flag)
    {
        if (count < 5)
        {
            writer.Empty();
            writer.Text("c");
        }
        else if (stream.NextInt(200) == 0)
        {
            writer.Empty();
            writer.Text(":");
        }
        else
        {
            writer.Integer(count);
            writer.Text(flag);
        }
    }
}
