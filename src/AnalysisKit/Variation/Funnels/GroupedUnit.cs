namespace AnalysisKit.Variation.Funnels;

/// <summary>A unit's figures with the group it belongs to (e.g. a practice with its cluster code).</summary>
/// <param name="Group">The group code (cluster, HSCP or board).</param>
/// <param name="Unit">The unit's code, numerator and denominator.</param>
public sealed record GroupedUnit(string Group, FunnelUnit Unit);
