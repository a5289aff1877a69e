namespace AnalysisKit.Definitions;

/// <summary>
/// The prescribing measures a briefing shows (<c>$.prescribing</c> of a definition file): the measure file, the data it
/// reads (the file's own, or the briefing's override), which measures the briefing's prescribing section shows, and the
/// percentile at which cost savings are computed.
/// </summary>
/// <param name="Measures">The measure file as read (its data replaced by the briefing's when given).</param>
/// <param name="Show">The measures the section shows, in order (default: all).</param>
/// <param name="SavingsPercentile">The percentile of the ratio at which savings are computed, 0 &lt; p &lt; 100 (OpenPrescribing's headline figure is the 10th).</param>
public sealed record PrescribingDefinition(MeasureFile Measures, IReadOnlyList<MeasureDefinition> Show, double SavingsPercentile);
