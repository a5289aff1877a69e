using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Tests.Guard;

/// <summary>
/// The corpus of leaking notebook cells: each shows a count the PHS practice policy calls small (1–4), a rate that gives
/// one back, or a CHI-like number, by a path other than a DataFrame. Each must be refused with a message that names the
/// cell, the kind of output and what to do, and must leave nothing of the value in the stored outputs. Before the output
/// guard every one of these was stored as it was (only DataFrames and sequences were checked, CHI only as 10 digits).
/// </summary>
public sealed class LeakingCellsTests
{
    private const string Chi = "0101901232"; // 01 Jan 1990, check digit 2 (worked in ChiNumberGuardTests)

    private static readonly NotebookEngine Engine = new();

    /// <summary>Name, cell code, the output kind the refusal must name, and text of the value that must not be stored.</summary>
    public static TheoryData<string, string, string, string> Cells => new()
    {
        { "console interpolation", "var deaths = 3;\nConsole.WriteLine($\"Deaths at P2: {deaths}\");", "(console text, stdout, line 1)", "Deaths at P2: 3" },
        { "console written in pieces", "Console.Write(\"Deaths: \");\nConsole.Write(3);\nConsole.WriteLine();", "(console text, stdout, line 1)", "Deaths: 3" },
        { "console count on its own line", "Console.WriteLine(\"Deaths:\");\nConsole.WriteLine(3);", "(console text, stdout, line 2)", "3\n" },
        { "standard error", "Console.Error.WriteLine(\"3 patients missing\");", "(console text, stderr, line 1)", "3 patients" },
        { "last line without a new line", "Console.Write(\"P1 had \");\nConsole.Write(2);", "(console text, stdout, line 1)", "P1 had 2" },
        { "console join of counts", "Console.WriteLine(string.Join(\", \", new[] { 12, 3 }));", "(console text, stdout, line 1)", "12, 3" },
        { "console DataFrame", "Console.WriteLine(new DataFrame(new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { 12, 3 })));", "(console text, stdout, line", "3" },
        { "scalar display", "var n = 3;\ndisplay(n);", "(value)", "3" },
        { "scalar trailing value", "var n = 4;\nn", "(value)", "4" },
        { "whole double", "3.0", "(value)", "3" },
        { "string 3.0", "display(\"3.0\");", "(text)", "3.0" },
        { "string 3 (small)", "display(\"3 (small)\");", "(text)", "3 (small)" },
        { "single tuple", "(\"P1\", 3)", "(value)", "(P1, 3)" },
        { "named tuple displayed", "display((practice: \"P2\", deaths: 2));", "(value)", "(P2, 2)" },
        { "anonymous object", "new { Practice = \"P1\", Deaths = 3 }", "(value)", "Deaths = 3" },
        { "record", "record PracticeCount(string Practice, int Deaths);\nnew PracticeCount(\"P1\", 3)", "(value)", "Deaths = 3" },
        { "HTML text", "display(\"<p>Deaths: 3</p>\", \"text/html\");", "(HTML)", "Deaths: 3" },
        { "HTML table", "display(\"<table><tr><th>practice</th><th>deaths</th></tr><tr><td>P1</td><td>3</td></tr></table>\", \"text/html\");", "(HTML), column 'deaths', row 0", "<td>3</td>" },
        { "HTML attribute", "display(\"<span title='3 deaths'>P1</span>\", \"text/html\");", "(HTML), attribute text", "3 deaths" },
        { "Markdown text", "display(\"**P1**: 3 deaths\", \"text/markdown\");", "(Markdown)", "3 deaths" },
        { "Markdown table", "display(\"| practice | deaths |\\n|---|---|\\n| P1 | 3 |\", \"text/markdown\");", "(Markdown), column 'deaths', row 0", "| 3 |" },
        { "SVG text", "display(\"<svg><text x='10' y='20'>3 deaths</text></svg>\", \"image/svg+xml\");", "(SVG)", "3 deaths" },
        { "hand-made Plotly chart", "Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] { 3, 27 }, Keys: new[] { \"P1\", \"P2\" })", "(chart), trace 1, y, point 0", "[3,27]" },
        { "Plotly JSON", "display(\"{\\\"data\\\":[{\\\"type\\\":\\\"bar\\\",\\\"x\\\":[\\\"P1\\\",\\\"P2\\\"],\\\"y\\\":[3,27]}]}\", \"application/vnd.plotly.v1+json\");", "(chart), trace 1, y, point 0", "[3,27]" },
        { "script in hand-made HTML", "display(\"<div id='c'></div><script>Plotly.newPlot('c', [{\\\"type\\\":\\\"bar\\\",\\\"y\\\":[27,3]}]);</script>\", \"text/html\");", "(HTML), trace 1, y, point 1", "[27,3]" },
        { "histogram", "display(\"{\\\"data\\\":[{\\\"type\\\":\\\"histogram\\\",\\\"x\\\":[61,62,62,70]}]}\", \"application/vnd.plotly.v1+json\");", "is a histogram", "[61,62,62,70]" },
        { "hover text", "display(\"{\\\"data\\\":[{\\\"type\\\":\\\"bar\\\",\\\"y\\\":[12.5],\\\"text\\\":[\\\"3 deaths\\\"]}]}\", \"application/vnd.plotly.v1+json\");", "(chart), trace 1, text", "3 deaths" },
        { "exception message", "var deaths = 3;\nthrow new InvalidOperationException($\"P2 has only {deaths} deaths\");", "(error message)", "only 3 deaths" },
        { "mixed column", "new DataFrame(new StringDataFrameColumn(\"measure\", new[] { \"deaths\", \"rate\" }), new PrimitiveDataFrameColumn<double>(\"value\", new[] { 3, 27.5 }))", "(DataFrame), column 'value', row 0", "<td>3</td>" },
        { "text column with n/a", "new DataFrame(new StringDataFrameColumn(\"deaths\", new[] { \"12\", \"n/a\", \"3\" }))", "(DataFrame), column 'deaths', row 2", "<td>3</td>" },
        { "text column of 3.0", "new DataFrame(new StringDataFrameColumn(\"deaths\", new[] { \"3.0\", \"12.0\" }))", "(DataFrame), column 'deaths', row 0", "3.0" },
        { "text column 3 (small)", "new DataFrame(new StringDataFrameColumn(\"deaths\", new[] { \"3 (small)\", \"12\" }))", "(DataFrame), column 'deaths', row 0", "3 (small)" },
        { "percentage beside its denominator", "new DataFrame(new StringDataFrameColumn(\"practice\", new[] { \"P1\" }), new PrimitiveDataFrameColumn<int>(\"patients\", new[] { 40 }), new PrimitiveDataFrameColumn<double>(\"% with asthma\", new[] { 7.5 }))", "(DataFrame), column '% with asthma', row 0", "7.5" },
        { "rate beside list size", "new DataFrame(new PrimitiveDataFrameColumn<int>(\"list size\", new[] { 1200 }), new PrimitiveDataFrameColumn<double>(\"deaths per 1,000\", new[] { 2.5 }))", "(DataFrame), column 'deaths per 1,000', row 0", "2.5" },
        { "percentage in text", "Console.WriteLine(\"7.5% of 40 patients\");", "(console text, stdout, line 1)", "7.5% of 40" },
        { "sequence of records", "new[] { new { Practice = \"P1\", Deaths = 30 }, new { Practice = \"P2\", Deaths = 2 } }", "(sequence), column 'Deaths', row 1", "<td>2</td>" },
        { "list of tuples", "new List<(string Practice, int Deaths)> { (\"P1\", 30), (\"P2\", 4) }", "(sequence), column 'Item2', row 1", "<td>4</td>" },
        { "dictionary", "new Dictionary<string, int> { [\"P1\"] = 30, [\"P2\"] = 2 }", "(sequence), column 'Value', row 1", "<td>2</td>" },
        { "JSON", "display(\"{\\\"P1\\\": 3}\", \"application/json\");", "(JSON)", "\"P1\": 3" },
        { "CHI with spaces in text", "Console.WriteLine(\"patient 01 01 90 1232\");", "looks like a CHI number", "1232" },
        { "CHI with slashes in a column", "new DataFrame(new StringDataFrameColumn(\"patient\", new[] { \"01/01/90/1232\" }), new PrimitiveDataFrameColumn<int>(\"items\", new[] { 30 }))", "column 'patient', row 0 contains something that looks like a CHI", "1232" },
        { "CHI with its leading zero lost", "101901232L", "looks like a CHI number", "101901232" },
        { "CHI in full-width digits", "display(\"０１０１９０１２３２\");", "looks like a CHI number", "１２３２" },
        { "CHI with dots", "display(\"01.01.90.1232\");", "looks like a CHI number", "1232" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void LeakingCell_IsRefused_NamingCellOutputKindAndWhatToDo_AndNothingOfTheValueIsStored(string name, string code, string kind, string value)
    {
        var session = Engine.CreateSession(disclosure: DisclosureControl.Default);

        var result = session.Execute(code, 7, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded, $"{name}: not refused; outputs: {string.Join(" | ", result.Outputs.Select(o => o.ToJson().ToJsonString()))}");
        var message = result.Error!.Message;
        Assert.StartsWith("Refused: cell 7 output (", message, StringComparison.Ordinal);
        Assert.Contains(kind, message, StringComparison.Ordinal);
        Assert.True(message.Contains("opt out with the reason", StringComparison.Ordinal) || message.Contains("Patient identifiers must never be in an output", StringComparison.Ordinal),
            $"{name}: the refusal does not say what to do: {message}");
        var error = Assert.Single(result.Outputs, o => o.Kind == CellOutputKind.Error);
        Assert.Equal(message, error.ErrorValue); // the refusal itself never quotes the value
        var stored = string.Join("\n", result.Outputs.Where(o => o.Kind != CellOutputKind.Error)
            .Select(o => o.ToJson().ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        Assert.DoesNotContain(value, stored, StringComparison.Ordinal);
        if (code.Contains(Chi, StringComparison.Ordinal))
        {
            Assert.DoesNotContain(Chi, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Corpus_HasAtLeastThirtyLeakingCells() => Assert.True(Cells.Count >= 30, $"{Cells.Count} cells");

    [Fact]
    public void ExceptionMessage_IsWithheld_TheCellStillFailsWithTheExceptionsName()
    {
        var session = Engine.CreateSession(disclosure: DisclosureControl.Default);

        var result = session.Execute("throw new InvalidOperationException(\"P2 has only 3 deaths\");", 2, TestContext.Current.CancellationToken);

        Assert.Equal(CellErrorKind.Runtime, result.Error!.Kind); // a raises-exception tag still excuses it
        Assert.Equal("System.InvalidOperationException", result.Error.Name);
        Assert.Contains("The exception's message is withheld because it may quote the data", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsoleLinesBeforeTheRefusedOne_AreKept_TheRefusedLineIsNot()
    {
        var session = Engine.CreateSession(disclosure: DisclosureControl.Default);

        var result = session.Execute("Console.WriteLine(\"Deaths by practice\");\nConsole.WriteLine(\"P1: 40\");\nConsole.WriteLine(\"P2: 3\");\nConsole.WriteLine(\"not reached\");", 1, TestContext.Current.CancellationToken);

        Assert.Equal("Deaths by practice\nP1: 40\n", result.Outputs[0].Text);
        Assert.Equal("cell 1, line 3", result.Error!.ToString()[..14]);
        Assert.Contains("(console text, stdout, line 3)", result.Error.Message, StringComparison.Ordinal);
    }
}
