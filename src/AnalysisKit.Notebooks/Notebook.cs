using System.Globalization;
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

    /// <summary>The nbformat minor version (<c>nbformat_minor</c>); 5 and later give every cell an <c>id</c>.</summary>
    public int FormatMinor => Json["nbformat_minor"] is JsonValue v && v.TryGetValue<int>(out var minor) ? minor : 0;

    /// <summary>
    /// Inserts <paramref name="cell"/> at <paramref name="index"/> (0 ≤ index ≤ cell count). In an nbformat 4.5 notebook a
    /// cell without an id gets one (<c>cell-N</c>, unique in the notebook), as the schema requires.
    /// </summary>
    public void Insert(int index, NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, cells.Count);
        if (FormatMinor >= CellIdsMinor && cell.Id is null)
        {
            cell.SetId(UniqueCellId(string.Create(CultureInfo.InvariantCulture, $"cell-{index + 1}")));
        }

        CellsArray.Insert(index, cell.Json);
        cells.Insert(index, cell);
    }

    /// <summary>Removes the cell at <paramref name="index"/>.</summary>
    public void RemoveAt(int index)
    {
        CellsArray.RemoveAt(index);
        cells.RemoveAt(index);
    }

    /// <summary>
    /// Makes the notebook nbformat 4.5 with an id on every cell, as Jupyter, VS Code and nbformat's validator expect of a
    /// notebook written today: <c>nbformat_minor</c> is raised to 5 and each cell without an id gets <c>cell-N</c> (its
    /// position, made unique), so the same notebook always gets the same ids. Cells that have ids keep them.
    /// </summary>
    public void EnsureCellIds()
    {
        if (FormatMinor < CellIdsMinor)
        {
            Json["nbformat_minor"] = CellIdsMinor;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Id is null)
            {
                cells[i].SetId(UniqueCellId(string.Create(CultureInfo.InvariantCulture, $"cell-{i + 1}")));
            }
        }
    }

    /// <summary><paramref name="preferred"/>, or it with <c>-2</c>, <c>-3</c>… when another cell already has that id.</summary>
    public string UniqueCellId(string preferred)
    {
        ArgumentException.ThrowIfNullOrEmpty(preferred);
        var taken = cells.Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var id = preferred;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{preferred}-{n}");
        }

        return id;
    }

    /// <summary>A deep copy, so a batch can fill one copy per run from the same source notebook.</summary>
    public Notebook Clone() => new((JsonObject)Json.DeepClone());

    /// <summary>
    /// An empty nbformat 4.5 C# notebook for the AnalysisKit kernel (the kernelspec <c>akit kernel install</c> registers,
    /// so VS Code's Jupyter extension and JupyterLab run it), keeping the Polyglot metadata VS Code Polyglot wrote.
    /// </summary>
    public static Notebook NewCSharp() => new(new JsonObject
    {
        ["cells"] = new JsonArray(),
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject
            {
                ["display_name"] = Kernel.KernelSpec.DisplayName,
                ["language"] = "C#",
                ["name"] = Kernel.KernelSpec.DefaultName,
            },
            ["language_info"] = new JsonObject { ["name"] = "C#" },
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
        ["nbformat_minor"] = CellIdsMinor,
    });

    /// <summary>The nbformat 4 minor version that added cell ids.</summary>
    public const int CellIdsMinor = 5;

    private JsonArray CellsArray => (JsonArray)Json["cells"]!;
}
