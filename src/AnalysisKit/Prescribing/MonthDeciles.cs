namespace AnalysisKit.Prescribing;

/// <summary>The deciles of a measure across the units of one level (e.g. every practice in Scotland) in one month.</summary>
/// <param name="Month">The month (first day).</param>
/// <param name="Deciles">The 10th, 20th, …, 90th percentiles of the units' values (<see cref="OpenPrescribingPercentiles.Deciles"/>).</param>
/// <param name="Units">How many units had a value that month.</param>
/// <param name="Target">The value at the savings percentile (the 10th by default): the target a cost saving is measured against.</param>
public sealed record MonthDeciles(DateOnly Month, IReadOnlyList<double> Deciles, int Units, double Target)
{
    /// <summary>The median (the 50th percentile).</summary>
    public double Median => Deciles[4];
}
