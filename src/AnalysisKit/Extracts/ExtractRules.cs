using AnalysisKit.Geography;

namespace AnalysisKit.Extracts;

/// <summary>
/// The checks run on an extract as it loads, beyond its schema. Row-level checks (negative counts are always checked;
/// numerator above denominator, list size zero, unknown practice, duplicate key) are errors; missing months and
/// implausible jumps are warnings about the whole series.
/// </summary>
public sealed record ExtractRules
{
    /// <summary>No checks beyond the schema, negative counts and the schema's duplicate key.</summary>
    public static ExtractRules None { get; } = new();

    /// <summary>Pairs of count columns where the numerator must not exceed the denominator (e.g. register, list size).</summary>
    public IReadOnlyList<(string Numerator, string Denominator)> NumeratorDenominator { get; init; } = [];

    /// <summary>The list-size column: a zero list size is an error because every rate per patient is undefined.</summary>
    public string? ListSize { get; init; }

    /// <summary>
    /// The practice hierarchy; a practice code it does not know is an error. Null to skip. A large CSV file is checked
    /// by several threads at once, so the lookup (like <see cref="PracticeHierarchy"/>) must be safe to read concurrently.
    /// </summary>
    public IGeographyLookup? Geography { get; init; }

    /// <summary>A set of known practice codes, used when no <see cref="Geography"/> is given (read from several threads). Null to skip.</summary>
    public IReadOnlySet<string>? KnownPractices { get; init; }

    /// <summary>
    /// Count or number columns checked for implausible month-on-month jumps within a practice: a warning when the
    /// larger of two consecutive present values exceeds <see cref="JumpFactor"/> times the smaller (or one is zero
    /// and the other at least <see cref="JumpFloor"/>).
    /// </summary>
    public IReadOnlyList<string> JumpColumns { get; init; } = [];

    /// <summary>The factor between consecutive months above which a change is implausible. Range: &gt; 1; default 3.</summary>
    public double JumpFactor { get; init; } = 3.0;

    /// <summary>Values below this on both sides of a change are never flagged (small numbers jump by chance). Range: ≥ 0; default 10.</summary>
    public double JumpFloor { get; init; } = 10.0;

    /// <summary>True to warn, per practice, about months with no row between the extract's first and last month.</summary>
    public bool CheckMissingMonths { get; init; } = true;

    /// <summary>Disease-register count columns whose completeness (share of cells present) the quality summary reports.</summary>
    public IReadOnlyList<string> RegisterColumns { get; init; } = [];
}
