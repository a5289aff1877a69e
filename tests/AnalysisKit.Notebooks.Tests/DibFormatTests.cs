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

    [Theory]
    [InlineData("// Parameters:\nvar cluster = \"S1\";")]
    [InlineData("// parameters\nvar cluster = \"S1\";")]
    [InlineData("//Parameters for the run\nvar cluster = \"S1\";")]
    [InlineData("\n// PARAMETERS: cluster\nvar cluster = \"S1\";")]
    public void Read_ParametersComment_AnyCaseWithOrWithoutAColon_TagsTheParametersCell(string cell)
    {
        var notebook = DibFormat.Read("#!csharp\n\n" + cell + "\n\n#!csharp\n\ncluster\n", "p.dib");
        Assert.True(notebook.Cells[0].HasTag(ParameterInjection.ParametersTag));
        Assert.False(notebook.Cells[1].HasTag(ParameterInjection.ParametersTag));
    }

    [Fact]
    public void Read_CommentThatOnlyMentionsParameters_IsNotTheParametersCell()
    {
        var notebook = DibFormat.Read("#!csharp\n\n// the parametersCell helper\nvar a = 1;\n", "p.dib");
        Assert.False(notebook.Cells[0].HasTag(ParameterInjection.ParametersTag));
    }

    [Theory]
    [InlineData("var text = @\"first\n#!markdown\nlast\";")]
    [InlineData("var text = \"\"\"\n    first\n    #!markdown\n    last\n    \"\"\";")]
    [InlineData("var text = $@\"first {1}\n#!markdown\nlast\";")]
    [InlineData("/* a note\n#!markdown\nend of note */\nvar text = \"x\";")]
    public void Read_KernelLineInsideAVerbatimOrRawStringOrComment_DoesNotSplitTheCell(string code)
    {
        var notebook = DibFormat.Read("#!csharp\n\n" + code + "\n\n#!markdown\n\n# After\n", "s.dib");
        Assert.Equal(["code", "markdown"], notebook.Cells.Select(c => c.CellType));
        Assert.Equal(code, notebook.Cells[0].Source);
        Assert.Equal("# After", notebook.Cells[1].Source);
    }

    [Fact]
    public void Read_GivesAnNbformat45NotebookWithCellIdsForTheAkitKernel()
    {
        var notebook = NotebookFile.Load(TestNotebooks.PathOf("sample.dib"));
        Assert.Equal(5, notebook.FormatMinor);
        Assert.Equal(["cell-1", "cell-2", "cell-3"], notebook.Cells.Select(c => c.Id));
        Assert.Equal("akit-csharp", notebook.Json["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
    }
}
