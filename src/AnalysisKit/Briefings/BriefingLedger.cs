using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Briefings;

/// <summary>
/// A briefing's place in the release ledger (<see cref="BriefingRelease"/>): the history its disclosure table is
/// suppressed against, and the ledger with its release recorded. Briefings of several areas from one definition and
/// period are one release — the same suppressed table — so the record of another area's briefing under the same name
/// only adds its files (kept in name order, so the bytes do not depend on which area was briefed first).
/// </summary>
internal static class BriefingLedger
{
    /// <summary>The ledger and this release's name and period, checked before anything is suppressed or written.</summary>
    public static ReleaseHistory History(BriefingRelease release, BriefingDefinition definition, PeriodDefinition period)
    {
        if (!release.Ledger.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(BriefingMessages.LedgerNotJson(release.Ledger));
        }

        if (period.From is not { } from || period.To is not { } to)
        {
            throw new ArgumentException(BriefingMessages.PeriodWithoutMonths(period.Label, Path.GetFileName(definition.SourceFile)));
        }

        var months = new ReleasePeriod(from, to);
        var ledger = ReleaseLedger.Load(release.Ledger);
        var name = release.NameFor(definition.SourceFile);
        if (!release.Replace && ledger.Find(name) is { } recorded && recorded.Period != months)
        {
            throw new ArgumentException(BriefingMessages.ReleaseForAnotherPeriod(name, release.Ledger, recorded.Period.ToString(), months.ToString()));
        }

        return new ReleaseHistory(ledger, name, months);
    }

    /// <summary>
    /// The ledger with the briefing's release recorded: the whole suppressed table (every cell any briefing from the
    /// definition can publish), its policy and period, and the files. A release of the same name with the same cells
    /// gains the files; one with other cells is refused (<see cref="ReleaseLedger.With"/>) unless replaced.
    /// </summary>
    public static (ReleaseLedger Ledger, LedgerRelease Release) Record(BriefingRelease release, ReleaseHistory history, SuppressionResult result, IEnumerable<string> files)
    {
        var recorded = result.ToLedgerRelease(history.Name, history.Period, files.Order(StringComparer.Ordinal).ToList());
        if (history.Ledger.Find(history.Name) is { } existing)
        {
            var union = existing.Files.Union(recorded.Files, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var merged = recorded with { Files = union };
            if (merged.SameAs(existing with { Files = union }))
            {
                return (history.Ledger.With(merged, replace: true, release.Ledger), merged);
            }
        }

        return (history.Ledger.With(recorded, release.Replace, release.Ledger), recorded);
    }
}
