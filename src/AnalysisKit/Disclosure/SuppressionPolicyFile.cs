using System.Text.Json;
using System.Text.Json.Serialization;

namespace AnalysisKit.Disclosure;

/// <summary>
/// Loads a <see cref="SuppressionPolicy"/> by preset name or from a small JSON file, for the command line. Every
/// property is required except <c>reviewBelow</c> and <c>keepStandardisedRatesReason</c> (required when
/// <c>keepStandardisedRates</c> is true: keeping them is an opt-in with a reason); unknown properties are refused so a
/// typo cannot silently weaken a policy.
/// </summary>
/// <example>
/// <code>
/// { "name": "practice-under-5", "threshold": 5, "comparison": "LessThan", "showTrueZeros": true, "marker": "*",
///   "qualifierColumns": false, "roundingBase": 1, "roundingRule": "HalfUp", "keepStandardisedRates": false,
///   "secondary": "Complete" }
/// </code>
/// </example>
public static class SuppressionPolicyFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>A preset by name (<see cref="SuppressionPolicy.Presets"/>), or else the policy in the JSON file at that path.</summary>
    /// <param name="nameOrPath">A preset name or a path to a <c>.json</c> file.</param>
    public static SuppressionPolicy Resolve(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (SuppressionPolicy.Presets.TryGetValue(nameOrPath, out var preset))
        {
            return preset;
        }

        if (!File.Exists(nameOrPath))
        {
            throw new ArgumentException(DisclosureMessages.UnknownPolicy(nameOrPath), nameof(nameOrPath));
        }

        return Parse(File.ReadAllText(nameOrPath), nameOrPath);
    }

    /// <summary>Parses a policy from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where it came from, for messages (e.g. the file path).</param>
    public static SuppressionPolicy Parse(string json, string source)
    {
        PolicyDocument document;
        try
        {
            document = JsonSerializer.Deserialize<PolicyDocument>(json, Options)
                       ?? throw new ArgumentException(DisclosureMessages.PolicyFileInvalid(source, "it is empty (null)."));
        }
        catch (JsonException e)
        {
            throw new ArgumentException(DisclosureMessages.PolicyFileInvalid(source, e.Message), e);
        }

        try
        {
            return new SuppressionPolicy(document.Name, document.Threshold, document.Comparison, document.ShowTrueZeros,
                document.Marker, document.QualifierColumns, document.RoundingBase, document.RoundingRule,
                document.KeepStandardisedRates, document.Secondary, document.ReviewBelow ?? SuppressionPolicy.DefaultReviewBelow,
                document.KeepStandardisedRatesReason);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(DisclosureMessages.PolicyFileInvalid(source, e.Message), e);
        }
    }

    private sealed class PolicyDocument
    {
        [JsonRequired] public string Name { get; init; } = string.Empty;

        [JsonRequired] public int Threshold { get; init; }

        [JsonRequired] public ThresholdComparison Comparison { get; init; }

        [JsonRequired] public bool ShowTrueZeros { get; init; }

        [JsonRequired] public string Marker { get; init; } = string.Empty;

        [JsonRequired] public bool QualifierColumns { get; init; }

        [JsonRequired] public int RoundingBase { get; init; }

        [JsonRequired] public RoundingRule RoundingRule { get; init; }

        [JsonRequired] public bool KeepStandardisedRates { get; init; }

        [JsonRequired] public SecondaryMethod Secondary { get; init; }

        public int? ReviewBelow { get; init; }

        public string? KeepStandardisedRatesReason { get; init; }
    }
}
