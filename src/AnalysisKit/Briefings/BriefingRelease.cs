namespace AnalysisKit.Briefings;

/// <summary>
/// The release ledger a briefing is suppressed against and recorded in (<c>akit briefing --ledger F --release NAME
/// [--replace-release]</c>, the same meaning as <c>akit suppress</c>'s flags). The briefing's Scotland-wide disclosure
/// table is suppressed with <see cref="Disclosure.Suppressor.Apply(Disclosure.DisclosureTable, Disclosure.SuppressionPolicy, Disclosure.ReleaseHistory?)"/>
/// against every earlier release in the ledger, and recorded there (cells with their keys, policy, the period in force)
/// once the briefing's files are written. Briefings of other areas from the same definition and period publish from the
/// same suppressed table, so they are one release: recording it again under the same name adds the area's files and
/// changes nothing else.
/// </summary>
/// <param name="Ledger">The ledger file (<c>.json</c>); created when it does not exist yet.</param>
/// <param name="Name">The release's name in the ledger; null for the definition file's name without its extension.</param>
/// <param name="Replace">True to replace a release of the same name with other cells (a version that was never published).</param>
public sealed record BriefingRelease(string Ledger, string? Name = null, bool Replace = false)
{
    /// <summary>The name in force: <see cref="Name"/>, or the definition file's name without its extension.</summary>
    /// <param name="definitionFile">The definition file's path.</param>
    public string NameFor(string definitionFile) => Name ?? Path.GetFileNameWithoutExtension(definitionFile);
}
