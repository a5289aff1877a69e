using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Guard;

/// <summary>Where a chart or JSON output shows a count (e.g. "trace 'Deaths', y, point 1"), and whether it is a histogram.</summary>
internal readonly record struct FigureFinding(string Where, bool Histogram);

/// <summary>
/// Reads a Plotly figure (an AnalysisKit or hand-made chart, the <c>application/vnd.plotly.v1+json</c> bundle, or JSON in
/// a hand-made page's script) for what it draws: the values each trace plots — y (x for horizontal bars and funnels),
/// z, values, r, a table trace's cells, a Sankey's link values — are counts when whole and small; text, hover text,
/// custom data, templates, titles and annotations are free text (<see cref="CountsInText"/>). The x of a vertical chart
/// is its categories (years, months, practices) and is not read as counts. A histogram is refused outright: its bar
/// heights are counted in the browser from the raw values, so they cannot be checked here. Other JSON is read value by
/// value (a whole small number is a count unless its key is a label or statistic).
/// </summary>
internal static class FigureCheck
{
    private static readonly string[] TextKeys = ["text", "hovertext", "customdata", "texttemplate", "hovertemplate", "name", "labels", "title", "meta"];

    /// <summary>Checks JSON text: a figure (object with "data"), a list of traces, or any other JSON value.</summary>
    public static FigureFinding? Find(JsonNode? json, SuppressionPolicy policy)
    {
        switch (json)
        {
            case JsonObject figure when figure["data"] is JsonArray traces:
                return Traces(traces, policy) ?? Layout(figure["layout"], policy);
            case JsonArray array when array.Count > 0 && array.All(t => t is JsonObject o && IsTrace(o)):
                return Traces(array, policy);
            case JsonObject trace when IsTrace(trace):
                return Traces([trace.DeepClone()], policy);
            default:
                return Generic(json, "JSON", null, policy);
        }
    }

    /// <summary>Every JSON object or array in script text that parses as JSON and is a figure or a list of traces.</summary>
    public static FigureFinding? FindInScript(string script, SuppressionPolicy policy)
    {
        if (script.Length > 2_000_000)
        {
            return null; // a bundled library (plotly.js itself), not data
        }

        var bytes = Encoding.UTF8.GetBytes(script);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is not ((byte)'{' or (byte)'['))
            {
                continue;
            }

            var next = i + 1;
            while (next < bytes.Length && bytes[next] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                next++;
            }

            if (next >= bytes.Length || bytes[next] is not ((byte)'"' or (byte)'{'))
            {
                continue;
            }

            if (TryRead(bytes, i, out var length) is { } node)
            {
                if (node is JsonObject o && (o["data"] is JsonArray || IsTrace(o)) || node is JsonArray a && a.Count > 0 && a.All(t => t is JsonObject x && IsTrace(x)))
                {
                    if (Find(node, policy) is { } found)
                    {
                        return found;
                    }
                }

                i += length - 1;
            }
        }

        return null;
    }

    private static JsonNode? TryRead(byte[] bytes, int start, out int length)
    {
        length = 0;
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(start), new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || !reader.TrySkip())
            {
                return null;
            }

            length = (int)reader.BytesConsumed;
            return JsonNode.Parse(bytes.AsSpan(start, length));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsTrace(JsonObject o) =>
        o.ContainsKey("type") && (o.ContainsKey("x") || o.ContainsKey("y") || o.ContainsKey("values") || o.ContainsKey("z") || o.ContainsKey("cells") || o.ContainsKey("r"));

    private static FigureFinding? Traces(JsonArray traces, SuppressionPolicy policy)
    {
        for (var t = 0; t < traces.Count; t++)
        {
            if (traces[t] is not JsonObject trace)
            {
                continue;
            }

            var type = (trace["type"] as JsonValue)?.TryGetValue<string>(out var name) == true ? name : "scatter";
            var label = trace["name"] is JsonValue n && n.TryGetValue<string>(out var traceName) && traceName.Length > 0 && CountsInText.Find(traceName, policy) is null
                ? $"trace '{traceName}'"
                : $"trace {t + 1}";
            if (type.StartsWith("histogram", StringComparison.Ordinal))
            {
                return new FigureFinding(label + " (" + type + ")", true);
            }

            var horizontal = (trace["orientation"] as JsonValue)?.TryGetValue<string>(out var o) == true ? o == "h" : type is "funnel";
            var keys = type switch
            {
                "pie" or "treemap" or "sunburst" or "icicle" or "funnelarea" => ["values"],
                "heatmap" or "contour" or "choropleth" or "choroplethmapbox" or "choroplethmap" or "densitymapbox" or "surface" => ["z"],
                "scatterpolar" or "scatterpolargl" or "barpolar" => ["r"],
                "indicator" => ["value"],
                "sankey" => Array.Empty<string>(),
                "table" => Array.Empty<string>(),
                _ => horizontal ? new[] { "x" } : ["y"],
            };
            foreach (var key in keys)
            {
                if (Values(trace[key], $"{label}, {key}", policy) is { } found)
                {
                    return found;
                }
            }

            if (type == "table" && Generic(trace["cells"]?["values"], label + ", cells", null, policy) is { } cell)
            {
                return cell;
            }

            if (type == "sankey" && Values(trace["link"]?["value"], label + ", link value", policy) is { } link)
            {
                return link;
            }

            foreach (var key in TextKeys)
            {
                if (trace[key] is { } text && Generic(text, $"{label}, {key}", key, policy) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static FigureFinding? Layout(JsonNode? layout, SuppressionPolicy policy)
    {
        if (layout is not JsonObject)
        {
            return null;
        }

        return Strings(layout["title"], "layout title", policy)
               ?? Strings(layout["annotations"], "layout annotations", policy)
               ?? Strings(layout["xaxis"]?["title"], "x-axis title", policy)
               ?? Strings(layout["yaxis"]?["title"], "y-axis title", policy);
    }

    /// <summary>The values a trace plots: nested arrays of numbers (or numbers as text).</summary>
    private static FigureFinding? Values(JsonNode? node, string where, SuppressionPolicy policy)
    {
        var index = 0;
        foreach (var value in Flatten(node))
        {
            if (IsSmallCount(value, policy))
            {
                return new FigureFinding($"{where}, point {index}", false);
            }

            index++;
        }

        return null;
    }

    private static FigureFinding? Strings(JsonNode? node, string where, SuppressionPolicy policy)
    {
        foreach (var value in Flatten(node, includeObjects: true))
        {
            if (value is JsonValue v && v.TryGetValue<string>(out var text) && CountsInText.Find(text, policy) is not null)
            {
                return new FigureFinding(where, false);
            }
        }

        return null;
    }

    /// <summary>Any JSON: strings as free text; a whole small number is a count unless its key is a label or statistic.</summary>
    private static FigureFinding? Generic(JsonNode? node, string where, string? key, SuppressionPolicy policy)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (Generic(child, $"{where}, '{name}'", name, policy) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Generic(array[i], $"{where}[{i}]", key, policy) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return CountsInText.Find(text, policy) is not null ? new FigureFinding(where, false) : null;
            case JsonValue value:
                var notCount = key is not null && (CountWords.Labels.Contains(key) || CountWords.Statistics.Contains(key) || CountWords.Things.Contains(key));
                return !notCount && IsSmallCount(value, policy) ? new FigureFinding(where, false) : null;
            default:
                return null;
        }
    }

    private static IEnumerable<JsonNode?> Flatten(JsonNode? node, bool includeObjects = false)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Flatten(item, includeObjects))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonObject obj when includeObjects:
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Flatten(child, includeObjects))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValue:
                yield return node;
                break;
        }
    }

    private static bool IsSmallCount(JsonNode? node, SuppressionPolicy policy)
    {
        if (node is not JsonValue value)
        {
            return false;
        }

        decimal number;
        if (value.TryGetValue<string>(out var text))
        {
            if (!CountsInText.IsNumber(text, out number, out _))
            {
                return false;
            }
        }
        else if (value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var d))
        {
            number = d;
        }
        else if (value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var f) && Math.Abs(f) < 1e15)
        {
            number = (decimal)f;
        }
        else
        {
            return false;
        }

        return number >= 0 && number == decimal.Truncate(number) && number <= long.MaxValue && policy.IsSmall((long)number);
    }
}
