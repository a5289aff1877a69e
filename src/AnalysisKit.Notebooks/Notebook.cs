using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// A notebook held as its <c>.ipynb</c> JSON document, so that reading and writing an unchanged file gives the same
/// bytes: the engine only edits outputs, execution counts and injected-parameter cells.
/// </summary>
public sealed class Notebook
{
    private readonly List<NotebookCell> cells;

    internal Notebook(JsonObject json)
    {
        Json = json;
        var array = json["cells"] as JsonArray ?? throw new NotebookFormatException(NotebookMessages.NoCellsArray);
        cells = array.Select(c => new NotebookCell(c as JsonObject
            ?? throw new NotebookFormatException(NotebookMessages.CellNotObject))).ToList();
    }

    /// <summary>The whole document as read.</summary>
    public JsonObject Json { get; }

    /// <summary>The cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells => cells;

    /// <summary>The notebook's default kernel: <c>metadata.polyglot_notebook.kernelInfo.defaultKernelName</c>, else <c>csharp</c>.</summary>
    public string DefaultKernel =>
        (Json["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"] as JsonValue)?.GetValue<string>()
        ?? "csharp";

    /// <summary>Inserts <paramref name="cell"/> at <paramref name="index"/> (0 ≤ index ≤ cell count).</summary>
    public void Insert(int index, NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, cells.Count);
        CellsArray.Insert(index, cell.Json);
        cells.Insert(index, cell);
    }

    /// <summary>Removes the cell at <paramref name="index"/>.</summary>
    public void RemoveAt(int index)
    {
        CellsArray.RemoveAt(index);
        cells.RemoveAt(index);
    }

    /// <summary>A deep copy, so a batch can fill one copy per run from the same source notebook.</summary>
    public Notebook Clone() => new((JsonObject)Json.DeepClone());

    /// <summary>An empty C# notebook with the metadata VS Code Polyglot writes.</summary>
    public static Notebook NewCSharp() => new(new JsonObject
    {
        ["cells"] = new JsonArray(),
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject
            {
                ["display_name"] = ".NET (C#)",
                ["language"] = "C#",
                ["name"] = ".net-csharp",
            },
            ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
            ["polyglot_notebook"] = new JsonObject
            {
                ["kernelInfo"] = new JsonObject
                {
                    ["defaultKernelName"] = "csharp",
                    ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                },
            },
        },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 2,
    });

    private JsonArray CellsArray => (JsonArray)Json["cells"]!;
}
