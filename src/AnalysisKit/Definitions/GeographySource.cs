namespace AnalysisKit.Definitions;

/// <summary>Where a briefing's practice hierarchy and practice populations come from.</summary>
/// <param name="Format">The lookup's layout.</param>
/// <param name="Lookup">The practice lookup file (full path).</param>
/// <param name="Populations">The practice population file (full path), or null when the format carries list sizes itself or none are needed.</param>
/// <param name="Simd">The SIMD data-zone lookup (full path) that gives each practice's quintile from its data zone, or null.</param>
/// <param name="AsAt">The date the hierarchy is taken as at, or null for the period's last day.</param>
public sealed record GeographySource(GeographyFormat Format, string Lookup, string? Populations, string? Simd, DateOnly? AsAt);
