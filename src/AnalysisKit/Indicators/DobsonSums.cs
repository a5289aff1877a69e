namespace AnalysisKit.Indicators;

/// <summary>
/// The sums a Dobson DSR is built from: Σxw/n, Σx(w/n)², Σx and Σn over the bands. A band with population 0 (allowed
/// under ScotPHO only when it has no events) adds 0, as ScotPHO's <c>calculate_easr</c> turns its 0/0 into 0.
/// </summary>
internal readonly record struct DobsonSums(double WeightedRates, double SquaredWeightedRates, double Events,
    double Population)
{
    public static DobsonSums Of(IReadOnlyList<(string Band, double Events, double Population)> bands,
        StandardPopulation standard)
    {
        double weighted = 0, squared = 0, events = 0, population = 0;
        foreach (var (band, x, n) in bands)
        {
            if (n == 0)
            {
                continue;
            }

            var w = standard.Weight(band);
            weighted += x * w / n;
            squared += x * Math.Pow(w / n, 2);
            events += x;
            population += n;
        }

        return new DobsonSums(weighted, squared, events, population);
    }
}
