namespace AnalysisKit.Notebooks.Tests;

public sealed class DibFormatTests
{
    [Fact]
    public void Read_SampleDib_GivesCellsKernelsAndParametersTag()
    {
        var notebook = NotebookFile.Load(TestNotebooks.PathOf("sample.dib"));
        Assert.Equal(["markdown", "code", "code"], notebook.Cells.Select(c => c.CellType));
        Assert.Equal("# Title", notebook.Cells[0].Source);
        Assert.True(notebook.Cells[1].HasTag("parameters"));
        Assert.Equal("#!time\ncluster.Length", notebook.Cells[2].Source);
        Assert.Equal("csharp", notebook.Cells[2].Kernel);
    }

    [Fact]
    public void ReadThenWrite_CanonicalDib_GivesIdenticalText()
    {
        var text = File.ReadAllText(TestNotebooks.PathOf("sample.dib"));
        Assert.Equal(text, DibFormat.Write(DibFormat.Read(text, "sample.dib")));
    }

    [Fact]
    public void Read_TextBeforeFirstCell_NamesFileAndLine()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => DibFormat.Read("var x = 1;\n#!csharp\nx", "loose.dib"));
        Assert.Equal("loose.dib, line 1: text before the first cell; a .dib cell starts with a line such as #!csharp or #!markdown.", ex.Message);
    }

    [Fact]
    public void Read_BadMeta_NamesFileAndLine()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => DibFormat.Read("#!meta\n\n{not json\n", "meta.dib"));
        Assert.StartsWith("meta.dib, line 1: the #!meta block is not valid JSON (", ex.Message, StringComparison.Ordinal);
    }
}
