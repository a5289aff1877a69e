using System.Text;

namespace AnalysisKit.Notebooks.Tests;

public sealed class IpynbFormatTests
{
    [Fact]
    public void ReadThenWrite_UnchangedVsCodeNotebook_GivesIdenticalBytes()
    {
        var path = TestNotebooks.PathOf("vscode-polyglot.ipynb");
        var original = File.ReadAllBytes(path);
        var notebook = IpynbFormat.Read(Encoding.UTF8.GetString(original), path);
        Assert.Equal(original, Encoding.UTF8.GetBytes(IpynbFormat.Write(notebook)));
    }

    [Fact]
    public void SaveAtomic_UnchangedVsCodeNotebook_GivesIdenticalFileAndLeavesNoTemporaryFile()
    {
        var source = TestNotebooks.PathOf("vscode-polyglot.ipynb");
        var folder = Directory.CreateTempSubdirectory("akit-ipynb-").FullName;
        var target = Path.Combine(folder, "copy.ipynb");
        NotebookFile.SaveAtomic(NotebookFile.Load(source), target);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(target));
        Assert.Equal(["copy.ipynb"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Read_VsCodeNotebook_ExposesKernelsTagsAndSource()
    {
        var notebook = NotebookFile.Load(TestNotebooks.PathOf("vscode-polyglot.ipynb"));
        Assert.Equal("csharp", notebook.DefaultKernel);
        Assert.Equal(["markdown", "code", "code", "raw"], notebook.Cells.Select(c => c.CellType));
        Assert.True(notebook.Cells[1].HasTag("parameters"));
        Assert.Equal("csharp", notebook.Cells[1].Kernel);
        Assert.Equal("fsharp", notebook.Cells[2].Kernel);
        Assert.Equal("# Café “quotes” 😀 <b>&amp;</b>\ntab\there", notebook.Cells[0].Source);
        Assert.Equal(3, notebook.Cells[1].ExecutionCount);
    }

    [Fact]
    public void NewCSharp_DeclaresTheAkitKernelAndKeepsThePolyglotMetadata()
    {
        var text = IpynbFormat.Write(Notebook.NewCSharp());
        Assert.Contains("\"name\": \"akit-csharp\"", text, StringComparison.Ordinal);
        Assert.Contains("\"display_name\": \".NET (C#) — AnalysisKit\"", text, StringComparison.Ordinal);
        Assert.Contains("\"defaultKernelName\": \"csharp\"", text, StringComparison.Ordinal);
        Assert.Contains("\"nbformat_minor\": 5", text, StringComparison.Ordinal);
        Assert.EndsWith("\n}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_IntoAnNbformat45Notebook_GivesEachCellAUniqueIdInSortedKeyOrder()
    {
        var notebook = Notebook.NewCSharp();
        notebook.Insert(0, NotebookCell.NewCode("1"));
        notebook.Insert(1, NotebookCell.NewMarkdown("# Title"));
        notebook.Insert(0, NotebookCell.NewCode("2"));
        Assert.Equal(["cell-1-2", "cell-1", "cell-2"], notebook.Cells.Select(c => c.Id));
        Assert.Equal(["cell_type", "execution_count", "id", "metadata", "outputs", "source"], notebook.Cells[0].Json.Select(p => p.Key));
        Assert.Equal(["cell_type", "id", "metadata", "source"], notebook.Cells[2].Json.Select(p => p.Key));
    }

    [Fact]
    public void NewCode_CarriesVsCodesLanguageIdAndThePolyglotKernelName()
    {
        var metadata = NotebookCell.NewCode("1").Json["metadata"]!;
        Assert.Equal("csharp", metadata["vscode"]!["languageId"]!.GetValue<string>());
        Assert.Equal("csharp", metadata["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal("csharp", metadata["dotnet_interactive"]!["language"]!.GetValue<string>());
    }

    [Fact]
    public void EnsureCellIds_UpgradesAn42NotebookToNbformat45WithPositionalIds_AndKeepsExistingIds()
    {
        var notebook = NotebookFile.Load(TestNotebooks.PathOf("vscode-polyglot.ipynb"));
        Assert.True(notebook.FormatMinor < 5);
        notebook.Cells[1].Json["id"] = "cell-1";
        notebook.EnsureCellIds();
        Assert.Equal(5, notebook.FormatMinor);
        var expected = Enumerable.Range(1, notebook.Cells.Count).Select(i => i == 1 ? "cell-1-2" : i == 2 ? "cell-1" : $"cell-{i}");
        Assert.Equal(expected, notebook.Cells.Select(c => c.Id));
    }

    [Fact]
    public void Read_NotJson_NamesFileAndLine()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => IpynbFormat.Read("{\n \"cells\": [\n", "broken.ipynb"));
        Assert.StartsWith("broken.ipynb: not a valid .ipynb notebook (JSON error near line", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Nbformat3_SaysOnlyVersion4IsSupported()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => IpynbFormat.Read("{\"nbformat\": 3, \"worksheets\": []}", "old.ipynb"));
        Assert.Equal("old.ipynb: nbformat is 3; only nbformat 4 notebooks are supported (open and save it in VS Code or Jupyter to upgrade).", ex.Message);
    }

    [Fact]
    public void Read_NoCells_SaysWhatIsMissing()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => IpynbFormat.Read("{\"nbformat\": 4}", "empty.ipynb"));
        Assert.Equal("empty.ipynb: the notebook has no \"cells\" array; expected an nbformat 4 .ipynb document.", ex.Message);
    }

    [Fact]
    public void Load_UnknownExtension_NamesTheExtension()
    {
        var path = Path.Combine(Path.GetTempPath(), "akit-notebook.txt");
        File.WriteAllText(path, "{}");
        var ex = Assert.Throws<NotebookFormatException>(() => NotebookFile.Load(path));
        Assert.Equal($"{path}: unknown notebook format '.txt'; expected .ipynb or .dib.", ex.Message);
    }

    [Fact]
    public void Source_SetAndGet_StoresLinesWithNewlinesAsJupyterDoes()
    {
        var cell = NotebookCell.NewCode("a\nb\n");
        Assert.Equal("[\"a\\n\",\"b\\n\"]", cell.Json["source"]!.ToJsonString());
        Assert.Equal("a\nb\n", cell.Source);
    }
}
