using System.Text.Json;
using AnalysisKit.Testing;
using Json.Schema;

namespace AnalysisKit.Tests.Definitions;

/// <summary>
/// data-samples/briefing.schema.json, the file VS Code validates and completes definitions with, agrees with the
/// reader: every definition the repository ships is valid under it, and the mistakes the reader refuses are invalid
/// under it too (checked with JsonSchema.Net, an independent validator).
/// </summary>
public class BriefingSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepoPaths.InRepo("data-samples/briefing.schema.json"))));

    private static bool Valid(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }

    [Theory]
    [InlineData("data-samples/briefing.json")]
    [InlineData("notebooks/qof-2014-15-briefing.json")]
    [InlineData("notebooks/tqa-2018-19-briefing.json")]
    public void Schema_EveryShippedDefinition_IsValid(string path)
    {
        Assert.True(Valid(File.ReadAllText(RepoPaths.InRepo(path))), path);
    }

    [Theory]
    [InlineData("\"method\": \"crude-rate\"", "\"method\": \"rate\"")]
    [InlineData(", \"polarity\": \"lower-is-better\"", "")]
    [InlineData("\"numerator\": \"AntibacterialItems\"", "\"numerater\": \"AntibacterialItems\"")]
    [InlineData("\"denominator\": { \"patientYears\": \"ListSize\" }", "\"denominator\": 0")]
    [InlineData("\"multiplier\": 1000", "\"multiplier\": 0")]
    [InlineData("\"comparators\": [\"hscp\", \"board\", \"scotland\"]", "\"comparators\": [\"hscp\", \"region\"]")]
    public void Schema_MistakesTheReaderRefuses_AreInvalid(string replace, string with)
    {
        var sample = File.ReadAllText(RepoPaths.InRepo("data-samples/briefing.json"));
        var index = sample.IndexOf(replace, StringComparison.Ordinal);
        Assert.True(index >= 0, replace);
        Assert.False(Valid(sample[..index] + with + sample[(index + replace.Length)..]), with);
    }
}
