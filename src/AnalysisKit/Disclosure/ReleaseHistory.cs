namespace AnalysisKit.Disclosure;

/// <summary>
/// What a release is suppressed against: the ledger of earlier releases, and this release's own name and period.
/// Earlier releases that share a count column (names compared after <see cref="TotalLabels.Normalise"/>) are linked
/// to this one by their keys and periods (<see cref="Suppressor.Apply(DisclosureTable, SuppressionPolicy, ReleaseHistory?)"/>);
/// a release of the same name in the ledger is the one being replaced and is left out.
/// </summary>
/// <param name="Ledger">The earlier releases.</param>
/// <param name="Name">This release's name.</param>
/// <param name="Period">The months this release covers.</param>
public sealed record ReleaseHistory(ReleaseLedger Ledger, string Name, ReleasePeriod Period);
