using System.Globalization;
using System.Text.Json;

namespace AnalysisKit.Definitions;

/// <summary>Reads values out of a definition's JSON, each failure naming the file, the JSON path, the value and what is allowed.</summary>
internal sealed class DefinitionJson(string file)
{
    public string File { get; } = file;

    public DefinitionException Fail(string path, string message) => new(message, File, path);

    public DefinitionException Bad(string path, JsonElement value, string expected) =>
        Fail(path, DefinitionMessages.BadValue(File, path, Show(value), expected));

    public DefinitionException Missing(string path, string expected) => Fail(path, DefinitionMessages.Missing(File, path, expected));

    /// <summary>The value as the file wrote it, shortened: strings quoted, other values as JSON.</summary>
    public static string Show(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 80 ? text : text[..77] + "...";
    }

    public static string Child(string path, string name) => path + "." + name;

    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>Checks <paramref name="element"/> is an object with only the allowed properties.</summary>
    public void Object(JsonElement element, string path, string expected, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, element, expected);
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Fail(Child(path, property.Name), DefinitionMessages.UnknownProperty(File, Child(path, property.Name), property.Name, allowed));
            }
        }
    }

    public static JsonElement? Get(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public JsonElement Required(JsonElement element, string path, string name, string expected) =>
        Get(element, name) ?? throw Missing(Child(path, name), expected);

    public string Text(JsonElement value, string path, string expected)
    {
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Bad(path, value, expected);
        }

        return value.GetString()!.Trim();
    }

    public string RequiredText(JsonElement element, string path, string name, string expected) =>
        Text(Required(element, path, name, expected), Child(path, name), expected);

    public string? OptionalText(JsonElement element, string path, string name, string expected) =>
        Get(element, name) is { } value ? Text(value, Child(path, name), expected) : null;

    /// <summary>A string or an array of strings (at least one).</summary>
    public IReadOnlyList<string> Texts(JsonElement value, string path, string expected)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return [Text(value, path, expected)];
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw Bad(path, value, expected);
        }

        return value.EnumerateArray().Select((v, i) => Text(v, Item(path, i), expected)).ToList();
    }

    public T Choice<T>(JsonElement value, string path, IReadOnlyDictionary<string, T> choices)
    {
        var expected = "one of " + string.Join(", ", choices.Keys);
        return value.ValueKind == JsonValueKind.String && choices.TryGetValue(value.GetString()!, out var choice)
            ? choice
            : throw Bad(path, value, expected);
    }

    public double Positive(JsonElement value, string path, string expected) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number) && number > 0
            ? number
            : throw Bad(path, value, expected);

    public DateOnly Date(JsonElement value, string path, string format, string expected) =>
        value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Bad(path, value, expected);
}
