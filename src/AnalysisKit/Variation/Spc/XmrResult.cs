namespace AnalysisKit.Variation.Spc;

/// <summary>An XmR chart: every point, a summary per rebase group, the options that made it and any caveats.</summary>
/// <param name="Options">The options used.</param>
/// <param name="Points">One row per input point, in date order.</param>
/// <param name="Groups">One summary per rebase group.</param>
/// <param name="Warnings">Statistical caveats (short rebase groups, too few points for a rule).</param>
public sealed record XmrResult(XmrOptions Options, IReadOnlyList<XmrPoint> Points, IReadOnlyList<XmrGroupSummary> Groups, IReadOnlyList<string> Warnings);
