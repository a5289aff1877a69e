using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// One output of a cell in Jupyter's model: a stream, display data, an execute result (each a set of MIME
/// representations) or an error.
/// </summary>
public sealed class CellOutput
{
    private JsonObject? metadata;

    private CellOutput(CellOutputKind kind)
    {
        Kind = kind;
    }

    /// <summary>What kind of output this is.</summary>
    public CellOutputKind Kind { get; }

    /// <summary>For a stream: <c>stdout</c> or <c>stderr</c>.</summary>
    public string? StreamName { get; private init; }

    /// <summary>For a stream: the text written.</summary>
    public string? Text { get; private init; }

    /// <summary>For display data and execute results: MIME type → content, ordered by MIME type.</summary>
    public IReadOnlyDictionary<string, string> Data { get; private init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// For display data and execute results: the output's metadata as Jupyter stores it beside the data. AnalysisKit
    /// records under <c>"akit"</c> what an output was allowed and why: label columns or text shown as a label with the
    /// reason (<c>label_columns</c>, <c>label</c>), and the reason outputs are not checked from this one on
    /// (<c>internal_use_only</c>, <c>set_by</c>). A copy; changing it does not change the output.
    /// </summary>
    public JsonObject Metadata => (JsonObject)(metadata?.DeepClone() ?? new JsonObject());

    /// <summary>The <c>"akit"</c> part of <see cref="Metadata"/>, read without copying; null when there is none.</summary>
    internal JsonObject? AkitMetadata => metadata?[NotebookMessages.MetadataKey] as JsonObject;

    /// <summary>For an execute result: the execution count of the cell.</summary>
    public int? ExecutionCount { get; private init; }

    /// <summary>For an error: its name, e.g. <c>CompilationError</c> or <c>System.DivideByZeroException</c>.</summary>
    public string? ErrorName { get; private init; }

    /// <summary>For an error: its message.</summary>
    public string? ErrorValue { get; private init; }

    /// <summary>For an error: the lines shown to the reader (cell, line, message, stack).</summary>
    public IReadOnlyList<string> Traceback { get; private init; } = [];

    /// <summary>A stream output.</summary>
    public static CellOutput Stream(string name, string text) =>
        new(CellOutputKind.Stream) { StreamName = name, Text = text };

    /// <summary>A display-data output with the given MIME representations (and metadata, copied; null for none).</summary>
    public static CellOutput Display(IReadOnlyDictionary<string, string> data, JsonObject? metadata = null) =>
        new(CellOutputKind.DisplayData) { Data = Sorted(data), metadata = Copy(metadata) };

    /// <summary>An execute-result output carrying the cell's execution count (and metadata, copied; null for none).</summary>
    public static CellOutput Result(IReadOnlyDictionary<string, string> data, int executionCount, JsonObject? metadata = null) =>
        new(CellOutputKind.ExecuteResult) { Data = Sorted(data), ExecutionCount = executionCount, metadata = Copy(metadata) };

    /// <summary>The same output with <paramref name="key"/> set in its <c>"akit"</c> metadata (display data and results only).</summary>
    internal CellOutput WithAkitMetadata(string key, JsonNode value)
    {
        if (Kind is not (CellOutputKind.DisplayData or CellOutputKind.ExecuteResult))
        {
            return this;
        }

        var copy = Metadata;
        if (copy[NotebookMessages.MetadataKey] is not JsonObject akit)
        {
            akit = new JsonObject();
            copy[NotebookMessages.MetadataKey] = akit;
        }

        akit[key] = value.DeepClone();
        return new CellOutput(Kind) { Data = Data, ExecutionCount = ExecutionCount, metadata = copy };
    }

    /// <summary>An error output.</summary>
    public static CellOutput Error(string name, string value, IReadOnlyList<string> traceback) =>
        new(CellOutputKind.Error) { ErrorName = name, ErrorValue = value, Traceback = traceback };

    /// <summary>The output as Jupyter stores it (keys in sorted order, as Jupyter and VS Code write them).</summary>
    public JsonObject ToJson() => Kind switch
    {
        CellOutputKind.Stream => new JsonObject
        {
            ["name"] = StreamName,
            ["output_type"] = "stream",
            ["text"] = NotebookCell.SplitText(Text ?? string.Empty),
        },
        CellOutputKind.DisplayData => new JsonObject
        {
            ["data"] = DataJson(),
            ["metadata"] = Metadata,
            ["output_type"] = "display_data",
        },
        CellOutputKind.ExecuteResult => new JsonObject
        {
            ["data"] = DataJson(),
            ["execution_count"] = ExecutionCount,
            ["metadata"] = Metadata,
            ["output_type"] = "execute_result",
        },
        _ => new JsonObject
        {
            ["ename"] = ErrorName,
            ["evalue"] = ErrorValue,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(Traceback.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
        },
    };

    /// <summary>Reads a stored Jupyter output; unknown output types are an error naming the type.</summary>
    public static CellOutput FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var type = json["output_type"]?.GetValue<string>();
        return type switch
        {
            "stream" => Stream(json["name"]?.GetValue<string>() ?? "stdout", NotebookCell.JoinText(json["text"])),
            "display_data" => Display(ReadData(json), json["metadata"] as JsonObject),
            "execute_result" => Result(ReadData(json), json["execution_count"]?.GetValue<int>() ?? 0, json["metadata"] as JsonObject),
            "error" => Error(
                json["ename"]?.GetValue<string>() ?? string.Empty,
                json["evalue"]?.GetValue<string>() ?? string.Empty,
                (json["traceback"] as JsonArray)?.Select(l => l?.GetValue<string>() ?? string.Empty).ToList() ?? []),
            _ => throw new NotebookFormatException(NotebookMessages.UnknownOutputType(type)),
        };
    }

    private static Dictionary<string, string> ReadData(JsonObject json)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json["data"] is JsonObject mimes)
        {
            foreach (var (mime, value) in mimes)
            {
                data[mime] = value is JsonArray or JsonValue ? NotebookCell.JoinText(value) : value?.ToJsonString() ?? string.Empty;
            }
        }

        return data;
    }

    private static JsonObject? Copy(JsonObject? metadata) => metadata is { Count: > 0 } ? (JsonObject)metadata.DeepClone() : null;

    private static SortedDictionary<string, string> Sorted(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new SortedDictionary<string, string>(data.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private JsonObject DataJson()
    {
        var json = new JsonObject();
        foreach (var (mime, content) in Data)
        {
            json[mime] = NotebookCell.SplitText(content);
        }

        return json;
    }
}
