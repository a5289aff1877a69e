using System.Globalization;
using AnalysisKit.Variation.Funnels;
using AnalysisKit.Variation.Spc;
using MathNet.Numerics.Distributions;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Variation: the cost of reproducing the peers exactly, against named baselines in the same process.
/// (1) PHE ratio funnel limits by the package's Poisson bisection (AnalysisKit) against exact χ² quantiles (MathNet,
/// what a reimplementation that accepts ~5e-5 differences would do). (2) Over-dispersed funnels of ~930 practices
/// (Scotland's count). (3) XmR charts for every practice's 60-month series against a bare mean ± 2.66·mR̄ loop.
/// Seeded data; <c>--dry</c> uses tiny inputs.
/// </summary>
public sealed class VariationBenchmarks : IBenchmarkSuite
{
    /// <inheritdoc />
    public string Name => "variation";

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output)
    {
        var practices = dry ? 20 : 930;
        var months = dry ? 12 : 60;
        var random = new Random(20260401);
        var units = Enumerable.Range(0, practices)
            .Select(i =>
            {
                var expected = 5 + random.NextDouble() * 200;
                return new FunnelUnit($"P{i:0000}", Math.Round(expected * (0.7 + random.NextDouble() * 0.6)), expected);
            })
            .ToList();
        var series = Enumerable.Range(0, practices)
            .Select(_ => Enumerable.Range(0, months)
                .Select(m => new SpcPoint(new DateOnly(2020, 1, 1).AddMonths(m), 50 + random.NextDouble() * 10))
                .ToList())
            .ToList();

        var bisection = InProcessMeasurement.Of(() => PheFunnel.RatioGrid(units).Count);
        var chiSquared = InProcessMeasurement.Of(() => ExactRatioGrid(units));
        InProcessMeasurement.Report(output, "PHE ratio limits, 100-point grid", "package bisection", bisection, "exact χ² (MathNet)", chiSquared);

        var funnel = InProcessMeasurement.Of(() => OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.StandardisedRatioShmi).Grid.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  over-dispersed SHMI funnel, {practices} practices: {funnel.Milliseconds:F2} ms, {funnel.Allocated / 1024.0:F0} KiB"));

        var xmr = InProcessMeasurement.Of(() => series.Sum(s => XmrChart.Calculate(s).Points.Count));
        var bare = InProcessMeasurement.Of(() => series.Sum(BareLimits));
        InProcessMeasurement.Report(output, $"XmR charts, {practices} series × {months} months", "XmrChart (rules, summary)", xmr, "bare limits loop", bare);
    }

    private static int ExactRatioGrid(IReadOnlyList<FunnelUnit> units)
    {
        var count = 0;
        var max = units.Max(u => u.Denominator);
        for (var o = 1.0; o <= max && count < 100; o = Math.Max(o + 1, Math.Round(o * 1.05)), count++)
        {
            _ = o / (ChiSquared.InvCDF(2 * o + 2, 0.975) / 2);
            _ = o / (ChiSquared.InvCDF(2 * o, 0.025) / 2);
            _ = o / (ChiSquared.InvCDF(2 * o + 2, 0.999) / 2);
            _ = o / (ChiSquared.InvCDF(2 * o, 0.001) / 2);
        }

        return count;
    }

    private static int BareLimits(List<SpcPoint> points)
    {
        var values = points.Select(p => p.Value!.Value).ToArray();
        var mean = values.Average();
        var range = 0.0;
        for (var i = 1; i < values.Length; i++)
        {
            range += Math.Abs(values[i] - values[i - 1]);
        }

        var upper = mean + 2.66 * range / (values.Length - 1);
        return values.Count(v => v > upper);
    }
}
