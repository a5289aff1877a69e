using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnalysisKit.Cli.Tests;

/// <summary>
/// Labels a spreadsheet would run as formulas are written as text (CSV: a leading apostrophe; xlsx: inline text in the
/// Text number format, with a quote prefix), and a count that rounds to zero is never written as the 0 the footnote calls
/// a true zero.
/// </summary>
public sealed partial class SuppressCommandTests
{
    // Practice labels that begin like formulas (=, +, -, @, a tab) and one that is a plain negative number.
    private const string FormulaCsv =
        "practice,a\n" +
        "\"=HYPERLINK(\"\"http://x\"\")\",12\n" +
        "+SUM(A1),13\n" +
        "-2+3,14\n" +
        "@cmd,15\n" +
        "\"\tTAB\",16\n" +
        " =1+1,17\n" +
        "-7,18\n" +
        "P1,19\n";

    [Fact]
    public void Csv_FormulaLeadingLabels_AreWrittenWithAnApostrophe_AndTheNotesSaySo()
    {
        var input = Write("formulas.csv", FormulaCsv);
        var outPath = Path.Combine(directory, "formulas-out.csv");

        var (code, _, error) = Run("--input", input, "--out", outPath, "--hierarchy", "practice");

        Assert.True(code == 0, error);
        Assert.Equal(
            "practice,a\n" +
            "\"'=HYPERLINK(\"\"http://x\"\")\",12\n" +
            "'+SUM(A1),13\n" +
            "'-2+3,14\n" +
            "'@cmd,15\n" +
            "\"'\tTAB\",16\n" +
            "' =1+1,17\n" +
            "-7,18\n" +
            "P1,19\n",
            File.ReadAllText(outPath));
        Assert.Contains("Labels that begin with =, +, - or @ (or a tab) are written with a leading '", File.ReadAllText(Path.Combine(directory, "formulas-out.notes.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_TextCellsAreText_InTheTextFormat_FormulaLeadingOnesWithAQuotePrefix_NeverFormulas()
    {
        var input = Write("formulas.csv", FormulaCsv.Replace("P1,19", "007,19", StringComparison.Ordinal));
        var outPath = Path.Combine(directory, "formulas-out.xlsx");

        var (code, _, error) = Run("--input", input, "--out", outPath, "--hierarchy", "practice");

        Assert.True(code == 0, error);
        using var document = SpreadsheetDocument.Open(outPath, isEditable: false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var table = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var cells = table.Worksheet.Descendants<Cell>().ToList();
        Assert.Empty(table.Worksheet.Descendants<CellFormula>());
        foreach (var cell in cells.Where(c => c.CellReference!.Value!.StartsWith('A')))
        {
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.Equal(49u, formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value); // @: Text
        }

        var hyperlink = cells.Single(c => c.CellReference == "A2");
        Assert.Equal("=HYPERLINK(\"http://x\")", hyperlink.InnerText); // the label itself, kept as text
        Assert.True(formats[(int)hyperlink.StyleIndex!.Value].QuotePrefix!.Value);
        Assert.Equal("007", cells.Single(c => c.CellReference == "A9").InnerText); // a code that looks like a number stays text
        Assert.Equal(CellValues.Number, cells.Single(c => c.CellReference == "B2").DataType!.Value);
    }

    [Fact]
    public void RoundedToZero_IsWrittenAsTilde_AndTheFootnoteSaysWhatTildeIs_ATrueZeroStaysZero()
    {
        // 7 at base 10 rounds to 10; 1 rounds to 0 (half up) but is not zero; 0 is a true zero. Threshold 1 hides nothing.
        var input = Write("round.csv", "practice,a\nP1,7\nP2,1\nP3,0\n");
        var policy = Write("round.json", """
            { "name": "round-10", "threshold": 1, "comparison": "LessThan", "showTrueZeros": true, "marker": "*",
              "qualifierColumns": false, "roundingBase": 10, "roundingRule": "HalfUp", "keepStandardisedRates": true, "secondary": "None" }
            """);
        var outPath = Path.Combine(directory, "round-out.csv");
        var xlsx = Path.Combine(directory, "round-out.xlsx");

        Assert.Equal(0, Run("--input", input, "--out", outPath, "--hierarchy", "practice", "--policy", policy).Code);
        Assert.Equal(0, Run("--input", input, "--out", xlsx, "--hierarchy", "practice", "--policy", policy).Code);

        Assert.Equal("practice,a\nP1,10\nP2,~\nP3,0\n", File.ReadAllText(outPath));
        var notes = File.ReadAllText(Path.Combine(directory, "round-out.notes.csv"));
        Assert.Contains("~ indicates a count that rounds to zero but is not zero.", notes, StringComparison.Ordinal);
        Assert.Contains("0 is a true zero.", notes, StringComparison.Ordinal);
        var sheet = ReadSheets(xlsx)["Table"];
        Assert.Equal(["P2", "~"], sheet[2]);
        Assert.Equal(["P3", "0"], sheet[3]);
    }
}
