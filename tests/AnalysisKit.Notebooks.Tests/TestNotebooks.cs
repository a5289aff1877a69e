namespace AnalysisKit.Notebooks.Tests;

/// <summary>Paths of the notebooks in TestData/Notebooks and a helper to build small notebooks in memory.</summary>
internal static class TestNotebooks
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "Notebooks");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static Notebook Build(params NotebookCell[] cells)
    {
        var notebook = Notebook.NewCSharp();
        foreach (var cell in cells)
        {
            notebook.Insert(notebook.Cells.Count, cell);
        }

        return notebook;
    }
}
