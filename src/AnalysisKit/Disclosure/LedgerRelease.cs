namespace AnalysisKit.Disclosure;

/// <summary>
/// What one release published, as the release ledger keeps it: its name and period, the policy it was suppressed
/// under, its files, and every cell with its keys — published counts as published, suppressed cells as suppressed
/// with no value — and the relations it published. It holds nothing that the release itself does not show.
/// </summary>
/// <param name="Name">The release's name, unique in the ledger (e.g. <c>practice-prescribing-2025</c>).</param>
/// <param name="Period">The months it covers.</param>
/// <param name="Policy">The policy's name.</param>
/// <param name="Rule">The policy in words (<see cref="SuppressionPolicy.Describe"/>).</param>
/// <param name="ProtectionWidth">The policy's protection width: a later release must leave every cell this release
/// suppressed at least this wide.</param>
/// <param name="ZerosSuppressed">True when the policy hid true zeros (0 is then a small count).</param>
/// <param name="Files">The file names released (for the notes of later releases).</param>
/// <param name="Levels">The hierarchy (key) columns, top level first.</param>
/// <param name="Columns">The count columns.</param>
/// <param name="Rows">The rows, in the release's order.</param>
/// <param name="Relations">The additive relations published.</param>
public sealed record LedgerRelease(
    string Name,
    ReleasePeriod Period,
    string Policy,
    string Rule,
    long ProtectionWidth,
    bool ZerosSuppressed,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Levels,
    IReadOnlyList<string> Columns,
    IReadOnlyList<LedgerRow> Rows,
    IReadOnlyList<LedgerRelation> Relations)
{
    /// <summary>True when the two records hold the same release (same name, period, policy and published cells).</summary>
    /// <param name="other">Another record.</param>
    public bool SameAs(LedgerRelease other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(ReleaseLedger.Write([this]), ReleaseLedger.Write([other]), StringComparison.Ordinal);
    }
}
