namespace AnalysisKit.Disclosure;

/// <summary>Why a cell was suppressed (the audit's reason column).</summary>
public enum SuppressionReason
{
    /// <summary>The count itself is small under the policy.</summary>
    Primary,

    /// <summary>It was the cheapest partner for the only suppressed cell of an additive relation (row, column or hierarchy).</summary>
    LoneCellPartner,

    /// <summary>The suppressed cells of a relation with a published total added up to a small number, so one more was needed.</summary>
    SmallGroupSum,

    /// <summary>The exact interval check showed a suppressed cell could still be pinned to an interval narrower than the protection width.</summary>
    NarrowInterval,

    /// <summary>The PHS sdcshinyapp row rule: the smallest remaining non-zero count of a row with exactly one suppressed cell.</summary>
    PhsRowRule,

    /// <summary>A rate, percentage or confidence limit blanked because its count is suppressed.</summary>
    MeasureFollowsCount,

    /// <summary>An earlier release in the ledger suppressed the same cell, so this release must not publish it.</summary>
    EarlierRelease,
}
