namespace AnalysisKit.Geography;

/// <summary>
/// The PHS pseudo-practice codes 99996–99999, which collect prescribing or activity that cannot be attributed to a
/// registered practice list (pharmacy, unallocated, hospital, dental). They have no list of patients, so they are
/// never compared with practices. The code-to-kind order follows AnalysisKit issue 2.
/// </summary>
public static class PseudoPractice
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["99996"] = "pharmacy",
        ["99997"] = "unallocated",
        ["99998"] = "hospital",
        ["99999"] = "dental",
    };

    /// <summary>The four pseudo-practice codes, in order.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["99996", "99997", "99998", "99999"];

    /// <summary>True when <paramref name="practiceCode"/> is one of 99996–99999.</summary>
    public static bool IsPseudo(string practiceCode) => Kinds.ContainsKey(practiceCode);

    /// <summary>What the pseudo-practice collects ("pharmacy", "unallocated", "hospital", "dental"), or null for a real practice code.</summary>
    public static string? Kind(string practiceCode) => Kinds.GetValueOrDefault(practiceCode);
}
