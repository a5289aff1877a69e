namespace AnalysisKit.Disclosure;

/// <summary>
/// An earlier release this release was checked against, for the notes: which one, what it covered, how many of its
/// cells are linked to this release's cells (same or overlapping units, periods and columns), and how many cells this
/// release suppressed because of it.
/// </summary>
/// <param name="Name">The earlier release's name.</param>
/// <param name="Period">Its period.</param>
/// <param name="Policy">Its policy's name.</param>
/// <param name="LinkedCells">Its cells that share a count with this release.</param>
/// <param name="CellsSuppressedBecause">This release's cells suppressed to protect cells of that release or the
/// months or units between them.</param>
public sealed record EarlierReleaseLink(string Name, ReleasePeriod Period, string Policy, int LinkedCells, int CellsSuppressedBecause);
