namespace AnalysisKit.Variation.Spc;

/// <summary>
/// One part of a qicharts2 chart summarised as qicharts2 0.8.1's <c>summary(qic(...))</c> does: the runs analysis, the
/// averages of the control lines over the part's points, and how many points are outside the 3σ limits. With variable
/// denominators (P, U charts) the limits vary point by point, so aLCL and aUCL are their means; missing limits (e.g. at a
/// point without a complete numerator/denominator pair) are left out of the means, as R's <c>mean(na.rm = TRUE)</c>.
/// </summary>
/// <param name="Part">1, 2, … as in <see cref="QicPoint.Part"/>.</param>
/// <param name="Observations">n.obs: included points, missing ones counted.</param>
/// <param name="UsefulObservations">n.useful: included points neither missing nor on the centre line.</param>
/// <param name="LongestRun">longest.run; null when there are no useful points.</param>
/// <param name="LongestRunMax">longest.run.max = round(log₂ n.useful) + 3; null when none.</param>
/// <param name="Crossings">n.crossings; null when none.</param>
/// <param name="CrossingsMin">n.crossings.min = qbinom(0.05, n.useful − 1, ½); null when none.</param>
/// <param name="RunsSignal">runs.signal: the longest run is too long or there are too few crossings (never on MR charts).</param>
/// <param name="AverageLower">aLCL: mean lower 3σ limit over the part's points; null when there is none (R's NaN).</param>
/// <param name="AverageLower95">aLCL.95: mean lower 2σ line.</param>
/// <param name="CentreLine">CL: the mean centre line of the part (constant within a part); null when undefined.</param>
/// <param name="AverageUpper95">aUCL.95: mean upper 2σ line.</param>
/// <param name="AverageUpper">aUCL: mean upper 3σ limit.</param>
/// <param name="SigmaSignals">sigma.signal: how many points lie strictly outside the 3σ limits (excluded points count).</param>
public sealed record QicPartSummary(
    int Part,
    int Observations,
    int UsefulObservations,
    int? LongestRun,
    int? LongestRunMax,
    int? Crossings,
    int? CrossingsMin,
    bool RunsSignal,
    double? AverageLower,
    double? AverageLower95,
    double? CentreLine,
    double? AverageUpper95,
    double? AverageUpper,
    int SigmaSignals)
{
    /// <summary>Summarises each part of <paramref name="chart"/> (qicharts2 <c>summary.qic</c>), part 1 first.</summary>
    /// <param name="chart">A chart from <see cref="QicChart.Calculate"/>.</param>
    public static IReadOnlyList<QicPartSummary> Of(QicResult chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.Parts.Select((runs, index) =>
        {
            var part = index + 1;
            var points = chart.Points.Where(p => p.Part == part).ToList();
            return new QicPartSummary(
                part,
                runs.Observations,
                runs.UsefulObservations,
                runs.LongestRun,
                runs.LongestRunMax,
                runs.Crossings,
                runs.CrossingsMin,
                runs.Signal,
                MeanPresent(points.Select(p => p.Lower)),
                MeanPresent(points.Select(p => p.Lower95)),
                MeanPresent(points.Select(p => (double?)p.CentreLine)),
                MeanPresent(points.Select(p => p.Upper95)),
                MeanPresent(points.Select(p => p.Upper)),
                points.Count(p => p.SigmaSignal));
        }).ToList();
    }

    /// <summary>R's <c>mean(x, na.rm = TRUE)</c> over the finite values (a sum, divided, then R's second-pass correction); null when none.</summary>
    private static double? MeanPresent(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is { } x && !double.IsNaN(x)).Select(v => v!.Value).ToArray();
        if (present.Length == 0)
        {
            return null;
        }

        var mean = present.Sum() / present.Length;
        var correction = present.Sum(x => x - mean) / present.Length;
        return mean + correction;
    }
}
