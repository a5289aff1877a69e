using AnalysisKit.Indicators;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Indicators: what the explained results (method, levels, warnings, validation) cost against bare formula loops an
/// analyst might write, in the same process on the same seeded data. (1) Wilson proportions at 95% and 99.8% for every
/// practice-month (930 practices × 60 months). (2) PHE crude rates (exact below 10 events, Byar from 10). (3) ESP2013
/// DSRs for 930 practices × 19 age bands against a bare Dobson loop. <c>--dry</c> uses tiny inputs.
/// </summary>
public sealed class IndicatorsBenchmarks : IBenchmarkSuite
{
    /// <inheritdoc />
    public string Name => "indicators";

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output)
    {
        var practices = dry ? 10 : 930;
        var months = dry ? 3 : 60;
        var random = new Random(20260401);
        var pairs = Enumerable.Range(0, practices * months)
            .Select(_ =>
            {
                var denominator = 200.0 + random.Next(20_000);
                return (Numerator: Math.Floor(denominator * random.NextDouble() * 0.3), Denominator: denominator);
            })
            .ToArray();
        var bands = StandardPopulation.European2013.Bands;
        var areas = Enumerable.Range(0, practices)
            .Select(_ => bands.Select(b => new AgeBandCount(b, random.Next(0, 40), 100 + random.Next(1_500))).ToArray())
            .ToArray();

        var wilson = InProcessMeasurement.Of(() => pairs.Count(p => Proportion.Wilson(p.Numerator, p.Denominator, (0.95, 0.998), 100).Lower > 10));
        var bareWilson = InProcessMeasurement.Of(() => pairs.Count(p => BareWilsonLower(p.Numerator, p.Denominator, 1.959963984540054) * 100 > 10
                                                         & BareWilsonLower(p.Numerator, p.Denominator, 3.090232306167813) >= 0));
        InProcessMeasurement.Report(output, $"Wilson at 95% and 99.8%, {pairs.Length} practice-months", "Proportion.Wilson", wilson,
            "bare formula", bareWilson);

        var rates = InProcessMeasurement.Of(() => pairs.Count(p => CrudeRate.Calculate(p.Numerator / 100, p.Denominator, (0.95, 0.998), 1000).Upper > 50));
        var bareRates = InProcessMeasurement.Of(() => pairs.Count(p => BareByarUpper(p.Numerator / 100, 1.959963984540054) / p.Denominator * 1000 > 50
                                                       & BareByarUpper(p.Numerator / 100, 3.090232306167813) > 0));
        InProcessMeasurement.Report(output, $"crude rates at 95% and 99.8%, {pairs.Length} practice-months", "CrudeRate.Calculate (exact < 10)",
            rates, "bare Byar formula", bareRates);

        var dsr = InProcessMeasurement.Of(() => areas.Count(a => DirectlyStandardisedRate.Dobson(a).Value > 500));
        var bareDsr = InProcessMeasurement.Of(() => areas.Count(a => BareDsr(a) > 500));
        InProcessMeasurement.Report(output, $"ESP2013 DSRs, {practices} practices × 19 bands", "DirectlyStandardisedRate.Dobson", dsr,
            "bare Dobson loop", bareDsr);
    }

    private static double BareWilsonLower(double x, double n, double z) =>
        (2 * x + z * z - z * Math.Sqrt(z * z + 4 * x * (1 - x / n))) / 2 / (n + z * z);

    private static double BareByarUpper(double x, double z) =>
        (x + 1) * Math.Pow(1 - 1 / (9 * (x + 1)) + z / (3 * Math.Sqrt(x + 1)), 3);

    private static double BareDsr(AgeBandCount[] bands)
    {
        // Bands in ESP2013 order (matched by position, as a bare loop would), 95% upper limit only.
        var weights = StandardPopulation.European2013.Weights;
        double weighted = 0, squared = 0, events = 0;
        for (var i = 0; i < bands.Length; i++)
        {
            var x = bands[i].Numerator ?? 0;
            weighted += x * weights[i] / bands[i].Denominator;
            squared += x * Math.Pow(weights[i] / bands[i].Denominator, 2);
            events += x;
        }

        var value = weighted / 100_000 * 100_000;
        var upper = value + Math.Sqrt(squared / 1e10 / events) * (BareByarUpper(events, 1.959963984540054) - events) * 100_000;
        return upper > value ? value : double.NaN;
    }
}
