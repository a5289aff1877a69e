namespace AnalysisKit.Variation.Spc;

/// <summary>
/// Run charts and Shewhart control charts exactly as qicharts2 0.8.1 computes them (<c>qic()</c>): run, I, MR, C, P,
/// U and Laney's P′ and U′ charts, with freeze (baseline), parts (e.g. after a PDSA change), excluded points, multiply, and Anhøj runs
/// rules per part. Missing points are carried but ignored by every calculation, as in qicharts2: on P, U, P′ and U′
/// charts only complete (numerator, denominator) pairs are kept (<c>complete.cases</c> in qic.R), so a point whose
/// numerator is missing has no limits and no denominator, and does not enter the centre line or σ_z.
/// </summary>
/// <remarks>
/// References: Montgomery DC, "Introduction to Statistical Quality Control" (6th ed., 2009), eq. 6.33 (I), 7.17 (C),
/// 7.19 (U); Laney DB, "Improved control charts for attributes", Quality Engineering 2002;14:531–7 (P′, U′);
/// Nelson LS 1982 for screening moving ranges at 3.267·mR̄. The I chart uses 3/1.128 = 2.6596·mR̄, not 2.66.
/// </remarks>
public static class QicChart
{
    /// <summary>d2 for moving ranges of two points.</summary>
    public const double D2 = 1.128;

    /// <summary>D4 for moving ranges of two points: the MR chart's upper limit and the screening threshold.</summary>
    public const double D4 = 3.267;

    /// <summary>Fewest useful points for the runs rules to be meaningful (Anhøj); fewer raises a warning.</summary>
    public const int MinimumPointsForRuns = 10;

    /// <summary>Computes a chart.</summary>
    /// <param name="chart">The chart type.</param>
    /// <param name="observations">The series in strictly increasing date order; P and U charts need a denominator
    /// wherever the value is present.</param>
    /// <param name="options">Freeze, parts, exclusions, multiply, screening; defaults when null.</param>
    public static QicResult Calculate(QicChartType chart, IReadOnlyList<QicObservation> observations, QicOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        options ??= new QicOptions();
        Validate(chart, observations, options);

        var n = observations.Count;
        var dates = observations.Select(o => o.Date).ToList();
        var partStarts = (options.PartStartDates ?? Array.Empty<DateOnly>()).Select(d => IndexOf(dates, d, "PartStartDates")).ToHashSet();
        var excluded = (options.ExcludeDates ?? Array.Empty<DateOnly>()).Select(d => IndexOf(dates, d, "ExcludeDates")).ToHashSet();
        var part = new int[n];
        for (int i = 0, p = 1; i < n; i++)
        {
            p += i > 0 && partStarts.Contains(i) ? 1 : 0;
            part[i] = p;
        }

        var warnings = new List<string>();
        var points = new List<QicPoint>(n);
        var runs = new List<RunsAnalysis>();
        foreach (var p in part.Distinct())
        {
            var index = Enumerable.Range(0, n).Where(i => part[i] == p).ToArray();
            var rows = new PartRows(
                index.Select(i => observations[i]).ToArray(),
                index.Select(i => !options.Freeze.HasValue || i < options.Freeze.Value).ToArray(),
                index.Select(i => !excluded.Contains(i)).ToArray());
            var lines = Lines(chart, rows, options.ScreenMovingRanges);
            var includedY = Enumerable.Range(0, index.Length).Where(k => rows.Include[k]).Select(k => lines.Y[k]).ToList();
            var includedCl = Enumerable.Range(0, index.Length).Where(k => rows.Include[k]).Select(_ => lines.CentreLine).ToList();
            var analysis = RunsAnalysis.Of(includedY, includedCl);
            if (chart == QicChartType.MR)
            {
                analysis = analysis with { Signal = false };
            }

            if (analysis.UsefulObservations < MinimumPointsForRuns)
            {
                warnings.Add(VariationMessages.FewPointsForRule(analysis.UsefulObservations, MinimumPointsForRuns, $"Anhøj runs (part {p})"));
            }

            runs.Add(analysis);
            var m = options.Multiply;
            for (var k = 0; k < index.Length; k++)
            {
                var y = lines.Y[k] * m;
                var lcl = Finite(lines.Lower[k] * m);
                var ucl = Finite(lines.Upper[k] * m);
                var signal = y is { } v && ((ucl is { } u && v > u) || (lcl is { } l && v < l));
                var denominator = NeedsDenominator(chart) && rows.Observations[k].Value is null ? null : rows.Observations[k].Denominator;
                points.Add(new QicPoint(rows.Observations[k].Date, y, denominator, lines.CentreLine * m, lcl, ucl,
                    Finite(lines.Lower95[k] * m), Finite(lines.Upper95[k] * m), p, rows.Baseline[k], rows.Include[k], signal));
            }
        }

        return new QicResult(chart, options, points, runs, warnings);
    }

    private sealed record PartRows(QicObservation[] Observations, bool[] Baseline, bool[] Include)
    {
        internal bool Base(int k) => Baseline[k] && Include[k];
    }

    private sealed record PartLines(double?[] Y, double CentreLine, double[] Lower, double[] Upper, double[] Lower95, double[] Upper95);

    private static PartLines Lines(QicChartType chart, PartRows rows, bool screen)
    {
        var o = rows.Observations;
        var count = o.Length;
        var baseIndex = Enumerable.Range(0, count).Where(rows.Base).ToArray();
        double?[] y;
        double cl;
        double[] sd;
        switch (chart)
        {
            case QicChartType.Run:
                y = o.Select(x => x.Value).ToArray();
                cl = Median(baseIndex.Select(k => y[k]));
                return new PartLines(y, cl, Filled(count, double.NaN), Filled(count, double.NaN), Filled(count, double.NaN), Filled(count, double.NaN));
            case QicChartType.I:
                y = o.Select(x => x.Value).ToArray();
                cl = SpcInput.MeanPresent(baseIndex.Select(k => y[k]));
                var sdI = MeanMovingRange(baseIndex.Select(k => y[k]).ToArray(), screen) / D2;
                sd = Enumerable.Repeat(sdI, count).ToArray();
                return Symmetric(y, cl, sd, clampLow: false, clampHigh: false);
            case QicChartType.MR:
                y = new double?[count];
                for (var k = 1; k < count; k++)
                {
                    y[k] = o[k].Value is { } b && o[k - 1].Value is { } a ? Math.Abs(b - a) : null;
                }

                cl = SpcInput.MeanPresent(baseIndex.Select(k => y[k]));
                return new PartLines(y, cl, Filled(count, 0), Filled(count, D4 * cl), Filled(count, 0), Filled(count, D4 / 3 * 2 * cl));
            case QicChartType.C:
                y = o.Select(x => x.Value).ToArray();
                cl = SpcInput.MeanPresent(baseIndex.Select(k => y[k]));
                sd = Filled(count, Math.Sqrt(cl));
                return Symmetric(y, cl, sd, clampLow: true, clampHigh: false);
            default:
                y = o.Select(x => x.Value is { } v ? v / x.Denominator!.Value : (double?)null).ToArray();
                // qicharts2 keeps only complete (value, denominator) pairs: a missing value drops its denominator too.
                var complete = baseIndex.Where(k => o[k].Value.HasValue && o[k].Denominator.HasValue).ToArray();
                cl = complete.Sum(k => o[k].Value!.Value) / complete.Sum(k => o[k].Denominator!.Value);
                var proportion = chart is QicChartType.P or QicChartType.PPrime;
                // A point without a complete pair has n = 0 in qicharts2, so its σ is infinite and its limits NA.
                sd = o.Select(x => x.Denominator is { } d && x.Value.HasValue
                    ? proportion ? Math.Sqrt(cl * (1 - cl) / d) : Math.Sqrt(cl / d)
                    : double.NaN).ToArray();
                if (chart is QicChartType.PPrime or QicChartType.UPrime)
                {
                    var z = baseIndex.Select(k => y[k] is { } v ? (v - cl) / sd[k] : (double?)null).ToArray();
                    var sigmaZ = MeanMovingRange(z, screen) / D2;
                    sd = sd.Select(s => s * sigmaZ).ToArray();
                }

                return Symmetric(y, cl, sd, clampLow: true, clampHigh: proportion);
        }
    }

    private static PartLines Symmetric(double?[] y, double cl, double[] sd, bool clampLow, bool clampHigh)
    {
        double Low(double v) => clampLow && v < 0 && double.IsFinite(v) ? 0 : v;
        double High(double v) => clampHigh && v > 1 && double.IsFinite(v) ? 1 : v;
        return new PartLines(
            y,
            cl,
            sd.Select(s => Low(cl - 3 * s)).ToArray(),
            sd.Select(s => High(cl + 3 * s)).ToArray(),
            sd.Select(s => Low(cl - 2 * s)).ToArray(),
            sd.Select(s => High(cl + 2 * s)).ToArray());
    }

    /// <summary>Mean of |Δx| over consecutive pairs (a missing value voids its two ranges), optionally screened at D4·mR̄.</summary>
    private static double MeanMovingRange(double?[] x, bool screen)
    {
        var ranges = new double?[Math.Max(x.Length - 1, 0)];
        for (var i = 1; i < x.Length; i++)
        {
            ranges[i - 1] = x[i] is { } b && x[i - 1] is { } a ? Math.Abs(b - a) : null;
        }

        var mean = SpcInput.MeanPresent(ranges);
        if (screen)
        {
            var limit = D4 * mean;
            mean = SpcInput.MeanPresent(ranges.Where(r => r is null || r < limit));
        }

        return mean;
    }

    /// <summary>R's <c>median(x, na.rm = TRUE)</c>: the middle value, or the mean of the two middle values.</summary>
    private static double Median(IEnumerable<double?> values)
    {
        var sorted = values.Where(v => v.HasValue).Select(v => v!.Value).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }

    private static bool NeedsDenominator(QicChartType chart) =>
        chart is QicChartType.P or QicChartType.PPrime or QicChartType.U or QicChartType.UPrime;

    private static double[] Filled(int count, double value) => Enumerable.Repeat(value, count).ToArray();

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static int IndexOf(List<DateOnly> dates, DateOnly date, string argument)
    {
        var index = dates.IndexOf(date);
        return index >= 0
            ? index
            : throw new ArgumentException(VariationMessages.DateNotInSeries(argument, date), nameof(QicOptions));
    }

    private static void Validate(QicChartType chart, IReadOnlyList<QicObservation> observations, QicOptions options)
    {
        const string argument = "observations";
        SpcInput.RequireOrderedDates(observations.Select(o => o.Date).ToList(), argument);
        var needsDenominator = NeedsDenominator(chart);
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            SpcInput.RequireFinite(o.Value, argument, i, "value");
            SpcInput.RequireFinite(o.Denominator, argument, i, "denominator");
            if (chart is not (QicChartType.I or QicChartType.MR) && o.Value < 0)
            {
                throw new ArgumentException(VariationMessages.NegativeCount(argument, i, "value", o.Value.Value), argument);
            }

            if (needsDenominator && o.Value is not null && o.Denominator is null)
            {
                throw new ArgumentException(VariationMessages.MissingDenominator(argument, i), argument);
            }

            if (needsDenominator && o.Denominator is { } d && d <= 0)
            {
                throw new ArgumentException(VariationMessages.NonPositiveSpcDenominator(argument, i, o.Date, d), argument);
            }
        }

        if (options.Freeze is { } freeze && (freeze < 1 || freeze > observations.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(options), VariationMessages.IndexOutOfRange("Freeze", freeze, observations.Count));
        }

        if (!(options.Multiply > 0) || double.IsInfinity(options.Multiply))
        {
            throw new ArgumentOutOfRangeException(nameof(options), VariationMessages.OutOfRange("Multiply", options.Multiply, "Multiply > 0"));
        }
    }
}
