namespace AnalysisKit.Prescribing;

/// <summary>How <see cref="PrescribingMeasures"/> calculates measures.</summary>
public sealed record MeasureOptions
{
    /// <summary>The percentile at which savings are measured, 0 &lt; p &lt; 100 (default 10, OpenPrescribing's headline).</summary>
    public double SavingsPercentile { get; init; } = 10;

    /// <summary>The first month calculated, or null for the extract's first.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last month calculated, or null for the extract's last.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Files to read instead of the measures' own (e.g. one extract per month), all with the same columns; null to read each measure's file.</summary>
    public IReadOnlyList<string>? Files { get; init; }
}
