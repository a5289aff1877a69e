namespace AnalysisKit.Disclosure;

/// <summary>
/// One cell as a release published it: a count, suppressed (the marker, with no value — a ledger never holds a
/// hidden value), or missing (blank).
/// </summary>
/// <param name="Value">The published count; null when suppressed or missing.</param>
/// <param name="Suppressed">True when the release showed the suppression marker.</param>
public readonly record struct LedgerCell(long? Value, bool Suppressed)
{
    /// <summary>A suppressed cell.</summary>
    public static LedgerCell Hidden { get; } = new(null, true);

    /// <summary>A missing (blank) cell.</summary>
    public static LedgerCell Missing { get; } = new(null, false);

    /// <summary>A published count.</summary>
    /// <param name="value">The count as published, ≥ 0.</param>
    public static LedgerCell Of(long value) => new(value, false);
}
