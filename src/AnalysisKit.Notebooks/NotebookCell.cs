using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// One cell of a notebook, a view over its JSON object so that everything the engine does not touch (metadata,
/// attachments, ids) is written back exactly as it was read.
/// </summary>
public sealed class NotebookCell
{
    internal NotebookCell(JsonObject json) => Json = json;

    /// <summary>The cell's JSON object as stored in the <c>.ipynb</c> file.</summary>
    public JsonObject Json { get; }

    /// <summary>The cell's nbformat 4.5 <c>id</c>, or null when it has none (notebooks before 4.5).</summary>
    public string? Id => Json["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;

    /// <summary>The Jupyter cell type: <c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string CellType => Json["cell_type"]?.GetValue<string>() ?? "code";

    /// <summary>True for a code cell.</summary>
    public bool IsCode => string.Equals(CellType, "code", StringComparison.Ordinal);

    /// <summary>
    /// The kernel (language) of a code cell, read as VS Code Polyglot does: <c>metadata.polyglot_notebook.kernelName</c>,
    /// then <c>metadata.dotnet_interactive.language</c>, then VS Code's <c>metadata.vscode.languageId</c>; null means the
    /// notebook's default kernel.
    /// </summary>
    public string? Kernel =>
        (Json["metadata"]?["polyglot_notebook"]?["kernelName"] as JsonValue)?.GetValue<string>()
        ?? (Json["metadata"]?["dotnet_interactive"]?["language"] as JsonValue)?.GetValue<string>()
        ?? (Json["metadata"]?["vscode"]?["languageId"] as JsonValue)?.GetValue<string>();

    /// <summary>The cell's text; lines are stored as a JSON array of strings, each but the last ending in a newline.</summary>
    public string Source
    {
        get => JoinText(Json["source"]);
        set => Json["source"] = SplitText(value);
    }

    /// <summary>The cell's tags (<c>metadata.tags</c>), e.g. <c>parameters</c>, <c>nbval-skip</c>.</summary>
    public IReadOnlyList<string> Tags =>
        Json["metadata"]?["tags"] is JsonArray tags
            ? tags.Select(t => t?.GetValue<string>() ?? string.Empty).ToList()
            : [];

    /// <summary>True when the cell carries <paramref name="tag"/> (ordinal comparison).</summary>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The stored outputs of a code cell (empty for other cells).</summary>
    public JsonArray Outputs => Json["outputs"] as JsonArray ?? [];

    /// <summary>The execution count of a code cell, or null when it has not run.</summary>
    public int? ExecutionCount
    {
        get => Json["execution_count"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
        set
        {
            if (IsCode)
            {
                Json["execution_count"] = value is null ? null : JsonValue.Create(value.Value);
            }
        }
    }

    /// <summary>Sets the id, placed among the keys in sorted order as Jupyter writes them (after <c>execution_count</c>).</summary>
    internal void SetId(string id)
    {
        Json.Remove("id");
        var index = 0;
        while (index < Json.Count && string.CompareOrdinal(Json.GetAt(index).Key, "id") < 0)
        {
            index++;
        }

        Json.Insert(index, "id", id);
    }

    /// <summary>Replaces the stored outputs of a code cell.</summary>
    public void SetOutputs(IEnumerable<CellOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (IsCode)
        {
            Json["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)o.ToJson()).ToArray());
        }
    }

    /// <summary>Clears outputs and execution count, as a fresh run does before executing.</summary>
    public void ClearOutputs()
    {
        if (IsCode)
        {
            Json["outputs"] = new JsonArray();
            Json["execution_count"] = null;
        }
    }

    /// <summary>
    /// A new C# code cell with the metadata VS Code writes for a C# cell (<c>vscode.languageId</c>) and the Polyglot kernel
    /// name older notebooks carry. It gets its id when inserted into an nbformat 4.5 notebook.
    /// </summary>
    public static NotebookCell NewCode(string source, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(source);
        var metadata = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        };
        if (tags.Length > 0)
        {
            metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode)JsonValue.Create(t)).ToArray());
        }

        metadata["vscode"] = new JsonObject { ["languageId"] = "csharp" };

        return new NotebookCell(new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = metadata,
            ["outputs"] = new JsonArray(),
            ["source"] = SplitText(source),
        });
    }

    /// <summary>A new markdown cell.</summary>
    public static NotebookCell NewMarkdown(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new NotebookCell(new JsonObject
        {
            ["cell_type"] = "markdown",
            ["metadata"] = new JsonObject(),
            ["source"] = SplitText(source),
        });
    }

    internal static string JoinText(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? string.Empty)),
        _ => node.GetValue<string>(),
    };

    internal static JsonArray SplitText(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
