using AnalysisKit.Cli.Suppression;

namespace AnalysisKit.Cli.Tests;

/// <summary>The text of <c>akit suppress</c> messages not already checked through a command run.</summary>
public sealed class SuppressMessagesTests
{
    [Fact]
    public void FileShapeMessages_NameFileAndLine()
    {
        Assert.Equal("Input file 'x.csv' is empty: expected a header row naming the columns, then one line per table row.", SuppressMessages.Empty("x.csv"));
        Assert.Equal("Input file 'x.csv': column 'a' appears twice in the header.", SuppressMessages.DuplicateHeader("x.csv", "a"));
        Assert.Equal("Input file 'x.csv', line 4: 2 fields, but the header has 3.", SuppressMessages.RaggedRow("x.csv", 4, 2, 3));
        Assert.Equal("--out 'x.txt' must end in .csv or .xlsx.", SuppressMessages.UnsupportedFormat("x.txt", "--out"));
        Assert.Equal("Input file 'x.csv': column 'name' is not named in --hierarchy, --counts or --measure; name it, or remove it from the input (nothing is dropped silently).",
            SuppressMessages.UnnamedColumn("x.csv", "name"));
    }

    [Fact]
    public void InputMessages_NotReachedThroughACommandRunHere_ReadAsSentences()
    {
        Assert.Equal("Input file 'x.csv': the counts are too large to add up (overflow); check the values, or split the table.", SuppressMessages.Arithmetic("x.csv", "overflow"));
        Assert.Equal("Labels that begin with =, +, - or @ (or a tab) are written with a leading ' so that spreadsheet programs show them as text and do not run them as formulas.",
            SuppressMessages.FormulaNote);
    }

    [Fact]
    public void SummaryAndWarning_ReadAsSentences()
    {
        Assert.Equal("Suppressed 3 cells by primary and 2 by secondary suppression (1 measures blanked) with policy 'p'.",
            SuppressMessages.Summary(3, 2, 1, "p"));
        Assert.Equal("For release (suppressed table and footnote): a.csv, a.notes.csv", SuppressMessages.ForRelease(["a.csv", "a.notes.csv"]));
        Assert.Equal("NOT for release (audit and review hold the hidden values; keep them with the analyst): a.AUDIT-NOT-FOR-RELEASE.xlsx",
            SuppressMessages.NotForRelease(["a.AUDIT-NOT-FOR-RELEASE.xlsx"]));
        Assert.Equal("warning: w", SuppressMessages.Warning("w"));
    }
}
