using System.Globalization;
using System.Text;
using AnalysisKit.Extracts;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Tests.Extracts;

/// <summary>
/// A large CSV file is parsed as several parts at once. The extract must be identical to the one-pass load — values,
/// missing reasons, warnings with their rows, errors and quarantine — wherever the splits fall, including next to
/// quoted fields that hold line feeds, delimiters and escaped quotes. Files are generated here; the one-pass load is
/// the reference because its results are checked value by value in <see cref="CsvExtractReaderTests"/>.
/// </summary>
public sealed class CsvExtractReaderPartsTests : IDisposable
{
    private static readonly ExtractSchema Notes = new("notes",
    [
        ExtractColumn.Code("practice"),
        ExtractColumn.Month("month"),
        ExtractColumn.Count("items", "items"),
        ExtractColumn.Number("cost", "GBP"),
        ExtractColumn.Text("note", required: false),
    ])
    {
        Key = ["practice", "month"],
        Practice = "practice",
        Period = "month",
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("akit-parts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void Load_QuotedLineFeedsMarkersAndFlags_PartsEqualOnePass(int parts)
    {
        var path = Write("notes.csv", NotesCsv(practices: 60, months: 24));
        var options = Options(parts) with { Rules = new ExtractRules { JumpColumns = ["items"] } };

        var inParts = CsvExtractReader.LoadInParts(path, Notes, options);

        Assert.NotNull(inParts);
        var onePass = CsvExtractReader.Load(path, Notes, options with { MaxDegreeOfParallelism = 1 });
        AssertSame(onePass, inParts);
        Assert.Contains(onePass.Warnings, w => w.Kind == ExtractProblemKind.ImplausibleJump); // rows are compared too
        Assert.Contains(onePass.Schema.Columns, c => onePass.Count(c.Name, MissingReason.Suppressed) > 0);
    }

    [Fact]
    public void Load_EveryOtherLineHasQuotedLineFeed_PartsEqualOnePassForEverySplitCount()
    {
        // Splits land after every kind of byte: inside quotes, on an escaped quote, on a quoted line feed.
        var csv = new StringBuilder("practice,month,items,cost,note\n");
        for (var p = 0; p < 40; p++)
        {
            for (var m = 1; m <= 12; m++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{10002 + p},2024-{m:D2},{p + m},{m}.5,\"a \"\"b\"\"\nc,d\"\n");
            }
        }

        var path = Write("quoted.csv", csv.ToString());
        var onePass = CsvExtractReader.Load(path, Notes, Options(1));
        for (var parts = 2; parts <= 12; parts++)
        {
            var inParts = CsvExtractReader.LoadInParts(path, Notes, Options(parts));
            Assert.NotNull(inParts);
            AssertSame(onePass, inParts);
        }
    }

    [Fact]
    public void Load_RandomQuotingAndLineEndings_PartsEqualOnePass()
    {
        // Random notes in every quoting style (and some malformed ones), CRLF or LF line ends, random part counts:
        // whatever the one-pass load does — values, warnings or an error — the load in parts does the same.
        var splitRuns = 0;
        var property = Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var newline = random.Next(2) == 0 ? "\n" : "\r\n";
            var malformed = random.Next(4) == 0; // a quarter of the files may hold raw, possibly broken, notes
            var csv = new StringBuilder("practice,month,items,cost,note" + newline);
            string[] pieces = ["a", ",", "\"\"", "\n", "\r\n", " ", "é", "x\"y", "*"];
            for (var r = 0; r < 150; r++)
            {
                var note = string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => pieces[random.Next(pieces.Length)]));
                var quoted = random.Next(malformed ? 10 : 9) switch
                {
                    < 6 => "\"" + note.Replace("\"\"", "'", StringComparison.Ordinal).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
                    < 9 => note.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal)
                        .Replace("\r", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal),
                    _ => note, // raw: may be malformed, and both loads must then agree on the error
                };
                csv.Append(CultureInfo.InvariantCulture, $"{10002 + (r / 12)},2024-{(r % 12) + 1:D2},{random.Next(0, 50)},{random.Next(0, 999)}.{random.Next(0, 99):D2},{quoted}{newline}");
            }

            var path = Write("random-" + seed.ToString(CultureInfo.InvariantCulture) + ".csv", csv.ToString());
            var parts = Options(random.Next(2, 10)) with { QuarantineBadRows = random.Next(2) == 0 };
            var onePass = Outcome(() => CsvExtractReader.Load(path, Notes, parts with { MaxDegreeOfParallelism = 1 }));
            var inParts = Outcome(() => CsvExtractReader.Load(path, Notes, parts));
            Assert.Equal(onePass.Error, inParts.Error);
            if (onePass.Extract is not null)
            {
                AssertSame(onePass.Extract, inParts.Extract!);
            }

            if (Outcome(() => CsvExtractReader.LoadInParts(path, Notes, parts)!).Extract is not null)
            {
                splitRuns++;
            }

            File.Delete(path);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
        Assert.True(splitRuns > 100, $"only {splitRuns} of 300 files were loaded in parts; the rest fell back to one pass");
    }

    [Fact]
    public void Load_ErrorInALaterPart_SameErrorAndRowAsOnePass()
    {
        var good = NotesCsv(practices: 30, months: 12);
        var csv = good.Replace("\n10029,2023-07,", "\n10029,2023-07x,", StringComparison.Ordinal);
        Assert.NotEqual(good, csv);
        var path = Write("bad.csv", csv);

        Assert.Null(CsvExtractReader.LoadInParts(path, Notes, Options(4)));
        var inParts = Assert.Throws<ExtractLoadException>(() => CsvExtractReader.Load(path, Notes, Options(4)));
        var onePass = Assert.Throws<ExtractLoadException>(() => CsvExtractReader.Load(path, Notes, Options(1)));
        Assert.Equal(onePass.Message, inParts.Message);
        Assert.Contains("'2023-07x'", inParts.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeyRepeatedInDifferentParts_DuplicateReportedAsOnePass()
    {
        var csv = NotesCsv(practices: 30, months: 12);
        var path = Write("duplicate.csv", csv + "10002,2024-01,5,1.5,\n");

        Assert.Null(CsvExtractReader.LoadInParts(path, Notes, Options(3)));
        var options = Options(3) with { QuarantineBadRows = true };
        var inParts = CsvExtractReader.Load(path, Notes, options);
        AssertSame(CsvExtractReader.Load(path, Notes, options with { MaxDegreeOfParallelism = 1 }), inParts);
        Assert.Equal(1, inParts.Quarantine.Rows.Count);
    }

    [Fact]
    public void Load_RowRulesCheckedInEveryPart_UnknownPracticeFoundInTheLastPart()
    {
        var known = Enumerable.Range(0, 29).Select(p => (10002 + p).ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var path = Write("rules.csv", NotesCsv(practices: 30, months: 12)); // practice 10031 is not known
        var options = Options(4) with { Rules = new ExtractRules { KnownPractices = known }, QuarantineBadRows = true };

        var inParts = CsvExtractReader.Load(path, Notes, options);

        AssertSame(CsvExtractReader.Load(path, Notes, options with { MaxDegreeOfParallelism = 1 }), inParts);
        Assert.Equal(12, inParts.Quarantine.Rows.Count);
        Assert.All(inParts.Problems.Where(p => p.IsError), p => Assert.Equal(ExtractProblemKind.UnknownPractice, p.Kind));
        Assert.NotNull(CsvExtractReader.LoadInParts(path, Notes, options with { Rules = new ExtractRules { KnownPractices = known.Append("10031").ToHashSet() } }));
    }

    [Fact]
    public void Load_Windows1252_PartsEqualOnePass()
    {
        var encoding = ExtractLoadOptions.Windows1252;
        var csv = NotesCsv(practices: 20, months: 12).Replace("note ", "café £ ", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "cp1252.csv");
        File.WriteAllBytes(path, encoding.GetBytes(csv));
        var options = Options(3) with { Encoding = encoding };

        var inParts = CsvExtractReader.LoadInParts(path, Notes, options);

        Assert.NotNull(inParts);
        AssertSame(CsvExtractReader.Load(path, Notes, options with { MaxDegreeOfParallelism = 1 }), inParts);
        Assert.Contains(Enumerable.Range(0, (int)inParts.Data.Rows.Count), r => ((string?)inParts.Data.Columns["note"][r])?.Contains("café £", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Load_NoLineFeedAfterTheLastRow_LastRowKept()
    {
        var path = Write("unterminated.csv", NotesCsv(practices: 20, months: 12).TrimEnd('\n'));

        var inParts = CsvExtractReader.LoadInParts(path, Notes, Options(3));

        Assert.NotNull(inParts);
        Assert.Equal(240, inParts.Data.Rows.Count);
        AssertSame(CsvExtractReader.Load(path, Notes, Options(1)), inParts);
    }

    [Fact]
    public void Load_Utf16_ReadInOnePass()
    {
        var path = Path.Combine(_folder, "utf16.csv");
        File.WriteAllText(path, NotesCsv(practices: 5, months: 12), Encoding.Unicode);

        Assert.Null(CsvExtractReader.LoadInParts(path, Notes, Options(2) with { Encoding = Encoding.Unicode }));
    }

    [Fact]
    public void Load_StrayQuoteInsideUnquotedField_PartsEqualOnePass()
    {
        var csv = NotesCsv(practices: 20, months: 12).Replace("note 7", "a 12\" pipe", StringComparison.Ordinal);
        var path = Write("stray.csv", csv);

        var inParts = CsvExtractReader.LoadInParts(path, Notes, Options(3));

        Assert.NotNull(inParts);
        AssertSame(CsvExtractReader.Load(path, Notes, Options(1)), inParts);
    }

    [Fact]
    public void Plan_RecordsPerPartSumToTheFilesRecords()
    {
        var path = Write("plan.csv", NotesCsv(practices: 50, months: 12));
        var plan = CsvChunks.Plan(path, ExtractLoadOptions.StrictUtf8, ',', parts: 4, minimumBytes: 1);

        Assert.NotNull(plan);
        Assert.Equal(4, plan.Length);
        Assert.Equal(new FileInfo(path).Length, plan.Sum(c => c.Length));
        Assert.All(plan.Skip(1), c => Assert.Equal((byte)'\n', File.ReadAllBytes(path)[c.Start - 1]));
        var bytes = File.ReadAllBytes(path);
        var header = Encoding.UTF8.GetString(bytes, 0, Array.IndexOf(bytes, (byte)'\n') + 1);
        var lastPart = Write("last.csv", header + Encoding.UTF8.GetString(bytes, (int)plan[^1].Start, (int)plan[^1].Length));
        var lastRecords = CsvExtractReader.Load(lastPart, Notes, Options(1)).Data.Rows.Count;
        Assert.Equal(50 * 12, plan[..^1].Sum(c => c.Records) + lastRecords); // exact counts before the last range
        Assert.True(plan[^1].Records >= lastRecords); // the last range's count is only an upper bound (quoted line feeds count)
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Load_QuotedFieldsAcrossSeveralReadBlocks_PartsEqualOnePass(int parts)
    {
        // About 4 MB: the plan reads 1 MiB blocks, so the quote state is carried across block ends.
        var path = Write("blocks.csv", NotesCsv(practices: 1000, months: 120));
        Assert.True(new FileInfo(path).Length > 2 << 20);

        var inParts = CsvExtractReader.LoadInParts(path, Notes, Options(parts));

        Assert.NotNull(inParts);
        AssertSame(CsvExtractReader.Load(path, Notes, Options(1)), inParts);
    }

    [Fact]
    public void Plan_SmallFile_OnePass() =>
        Assert.Null(CsvChunks.Plan(Write("small.csv", NotesCsv(practices: 2, months: 2)), ExtractLoadOptions.StrictUtf8, ',', parts: 2,
            minimumBytes: 1 << 20));

    private static (Extract? Extract, string? Error) Outcome(Func<Extract> load)
    {
        try
        {
            return (load(), null);
        }
        catch (ExtractLoadException e)
        {
            return (null, e.Message);
        }
    }

    private static ExtractLoadOptions Options(int parts) =>
        ExtractLoadOptions.Default with { MaxDegreeOfParallelism = parts, ParallelMinimumBytes = 1 };

    /// <summary>Monthly rows with suppression markers, a PHS QF flag column and notes quoted in every way RFC 4180 allows.</summary>
    private static string NotesCsv(int practices, int months)
    {
        var csv = new StringBuilder("practice,month,items,itemsQF,cost,note\n");
        for (var p = 0; p < practices; p++)
        {
            for (var m = 0; m < months; m++)
            {
                var i = (p * months) + m;
                var items = i % 17 == 0 ? "" : (20 + ((p * 7) % 13) + (i % 29 == 0 ? 200 : 0)).ToString(CultureInfo.InvariantCulture);
                var flag = i % 17 == 0 ? "c" : "";
                var cost = i % 23 == 0 ? "*" : ((p * 3.25) + m).ToString("0.00", CultureInfo.InvariantCulture);
                var note = (i % 5) switch
                {
                    0 => "\"line one\nline two\"",
                    1 => "\"a, b and \"\"c\"\"\"",
                    2 => "",
                    3 => "\"\"",
                    _ => "note " + (i % 10).ToString(CultureInfo.InvariantCulture),
                };
                csv.Append(CultureInfo.InvariantCulture, $"{10002 + p},{2023 + (m / 12)}-{(m % 12) + 1:D2},{items},{flag},{cost},{note}\n");
            }
        }

        return csv.ToString();
    }

    private string Write(string name, string csv)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        return path;
    }

    private static void AssertSame(Extract expected, Extract actual)
    {
        Assert.Equal(expected.Data.Rows.Count, actual.Data.Rows.Count);
        Assert.Equal(expected.Data.Columns.Select(c => c.Name), actual.Data.Columns.Select(c => c.Name));
        foreach (var column in expected.Data.Columns)
        {
            var other = actual.Data.Columns[column.Name];
            Assert.Equal(column.GetType(), other.GetType());
            Assert.Equal(Enumerable.Range(0, (int)column.Length).Count(r => column[r] is null), column.NullCount);
            Assert.Equal(column.NullCount, other.NullCount);
            for (long r = 0; r < column.Length; r++)
            {
                Assert.Equal(column[r], other[r]);
            }

            if (expected.Schema.Find(column.Name) is { } declared)
            {
                for (long r = 0; r < column.Length; r++)
                {
                    Assert.Equal(expected.Reason(declared.Name, r), actual.Reason(declared.Name, r));
                }
            }
        }

        Assert.Equal(expected.Problems.Select(p => p.Message), actual.Problems.Select(p => p.Message));
        Assert.Equal(expected.IgnoredColumns, actual.IgnoredColumns);
        Assert.Equal(ToText(expected.Quarantine), ToText(actual.Quarantine));
    }

    private static string ToText(DataFrame frame) => frame.ToString();
}
