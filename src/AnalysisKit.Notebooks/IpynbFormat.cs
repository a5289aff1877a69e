using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Reads and writes Jupyter <c>.ipynb</c> (nbformat 4) as VS Code and Jupyter write it: properties in the order read,
/// one-space indent, <c>": "</c> between key and value, only <c>"</c>, <c>\</c> and control characters escaped
/// (non-ASCII kept as is, as <c>JSON.stringify</c> and Python's <c>json.dumps(ensure_ascii=False)</c> do), and a
/// final newline. An unchanged notebook read and written comes back byte for byte.
/// </summary>
public static class IpynbFormat
{
    /// <summary>Parses notebook JSON; <paramref name="fileName"/> is used only in error messages.</summary>
    public static Notebook Read(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new NotebookFormatException(NotebookMessages.NotJson(fileName, (ex.LineNumber ?? 0) + 1, ex.Message), ex);
        }

        if (root is not JsonObject obj)
        {
            throw new NotebookFormatException(NotebookMessages.NotJson(fileName, 1, "the document is not a JSON object"));
        }

        var major = (obj["nbformat"] as JsonValue)?.TryGetValue<int>(out var m) == true ? m : 0;
        if (major != 4)
        {
            throw new NotebookFormatException(NotebookMessages.UnsupportedNbformat(fileName, obj["nbformat"]?.ToJsonString() ?? "missing"));
        }

        try
        {
            return new Notebook(obj);
        }
        catch (NotebookFormatException ex)
        {
            throw new NotebookFormatException($"{fileName}: {ex.Message}", ex);
        }
    }

    /// <summary>The notebook as <c>.ipynb</c> text, ending in a newline.</summary>
    public static string Write(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var text = new StringBuilder();
        WriteNode(text, notebook.Json, 0);
        text.Append('\n');
        return text.ToString();
    }

    private static void WriteNode(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj when obj.Count == 0:
                text.Append("{}");
                break;
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    text.Append(first ? "\n" : ",\n").Append(' ', depth + 1);
                    first = false;
                    WriteString(text, key);
                    text.Append(": ");
                    WriteNode(text, value, depth + 1);
                }

                text.Append('\n').Append(' ', depth).Append('}');
                break;
            case JsonArray array when array.Count == 0:
                text.Append("[]");
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "\n" : ",\n").Append(' ', depth + 1);
                    WriteNode(text, array[i], depth + 1);
                }

                text.Append('\n').Append(' ', depth).Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                WriteString(text, value.GetValue<string>());
                break;
            default:
                // Numbers, booleans: the text as read (a parsed number keeps its original spelling).
                text.Append(node.ToJsonString());
                break;
        }
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    var loneSurrogate = (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])))
                                        || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])));
                    if (c < 0x20 || loneSurrogate)
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
