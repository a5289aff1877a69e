namespace AnalysisKit.Indicators;

/// <summary>
/// Directly standardised rates (DSRs): the rate an area would have with the standard population's age structure,
/// Σ(xᵢwᵢ/nᵢ)/Σwᵢ × multiplier, with Dobson et al. (1991) limits DSR + √(var/O)·(Byar(O) − O), var =
/// Σ(xᵢwᵢ²/nᵢ²)/(Σw)², O = Σxᵢ (Dobson AJ, Kuulasmaa K, Eberle E, Scherer J. Confidence intervals for weighted sums
/// of Poisson parameters. Stat Med 1991;10:457–62; PHE Technical Guide, DSR chapter).
/// </summary>
public static class DirectlyStandardisedRate
{
    /// <summary>
    /// A DSR with Dobson limits. PHE convention (PHEindicatormethods 2.1.0 <c>calculate_dsr</c>): limits from Byar's
    /// method at any count and any confidence; a missing count is 0 events; every population must be &gt; 0; below 10
    /// events in total the value and limits are NaN with a warning. ScotPHO EASR convention (scotpho-indicator-production
    /// <c>calculate_easr</c>): Byar's at z = 1.96, 95% only, published at every count (warning below 10), a negative lower
    /// limit set to 0, a band with population 0 and no events adding 0 (ScotPHO turns its 0/0 into 0), and NaN limits at
    /// 0 events with a warning; <see cref="PublicationConvention.ScotPhoZeroFilled"/> writes 0 there instead, as
    /// ScotPHO's profiles publish it (rate 0, limits 0, 0).
    /// </summary>
    /// <param name="counts">One row per band of <paramref name="standard"/>: events (null = missing = 0) and population
    /// (&gt; 0; under ScotPHO also 0 for a band without events). Matched by band label.</param>
    /// <param name="standard">The standard population; null means <see cref="StandardPopulation.European2013"/>.</param>
    /// <param name="confidence">One or two levels, fractions in (0, 1] or percentages in (1, 100]; default 95%.</param>
    /// <param name="multiplier">E.g. 100,000 for a rate per 100,000; &gt; 0.</param>
    /// <param name="convention">PHE (default), ScotPho or ScotPhoZeroFilled.</param>
    /// <exception cref="ArgumentException">A band missing, repeated or not in the standard; a negative count; a
    /// population ≤ 0 (PHE) or &lt; 0 (ScotPHO); events in a band with population 0 (ScotPHO would drop them from the
    /// rate silently); a level other than 95% under ScotPHO.</exception>
    public static IndicatorResult Dobson(IEnumerable<AgeBandCount> counts, StandardPopulation? standard = null,
        ConfidenceLevels confidence = default, double multiplier = Multiplier.PerHundredThousand,
        PublicationConvention convention = PublicationConvention.Phe)
    {
        ArgumentNullException.ThrowIfNull(counts);
        standard ??= StandardPopulation.European2013;
        IndicatorArguments.RequireMultiplier(multiplier);
        var scotPho = IndicatorArguments.IsScotPho(convention);
        var bands = StandardisationInput.ByBand(counts, standard, nameof(counts), allowEmptyBands: scotPho);
        var sums = DobsonSums.Of(bands, standard);
        var variance = sums.SquaredWeightedRates / (standard.Total * standard.Total);
        return scotPho
            ? ScotPho(sums.WeightedRates / standard.Total, variance, sums.Events, sums.Population, confidence, multiplier,
                convention)
            : Phe(sums.WeightedRates / standard.Total, variance, sums.Events, sums.Population, confidence, multiplier,
                IndicatorMethod.Dobson);
    }

    /// <summary>
    /// A DSR whose limits allow for non-independent events (people with repeat events): the variance is
    /// Σ_f f²·var_f, where var_f is the Dobson variance of the counts of people with exactly f events (PHE Technical
    /// Guide, DSR chapter; PHEindicatormethods 2.1.0 <c>calculate_dsr(independent_events = FALSE)</c>). The DSR itself
    /// uses the events Σ_f f·persons. PHE convention: Byar's limits, NaN below 10 events. Each var_f is taken over the
    /// standard's total weight; PHEindicatormethods sums the weights of the rows present for that frequency, which is
    /// the same when every frequency has a row for every band (as in its own test data).
    /// </summary>
    /// <param name="counts">Rows of (band, event frequency, persons, population); every band of the standard must
    /// appear on at least one row; a frequency without a row for a band has 0 persons there.</param>
    /// <param name="standard">The standard population; null means <see cref="StandardPopulation.European2013"/>.</param>
    /// <param name="confidence">One or two levels; default 95%.</param>
    /// <param name="multiplier">&gt; 0; default 100,000.</param>
    /// <exception cref="ArgumentException">As for <see cref="Dobson"/>, or a frequency below 1, or a band whose rows
    /// give different populations.</exception>
    public static IndicatorResult DobsonNonIndependentEvents(IEnumerable<EventFrequencyCount> counts,
        StandardPopulation? standard = null, ConfidenceLevels confidence = default,
        double multiplier = Multiplier.PerHundredThousand)
    {
        ArgumentNullException.ThrowIfNull(counts);
        standard ??= StandardPopulation.European2013;
        IndicatorArguments.RequireMultiplier(multiplier);
        var rows = counts.ToList();
        foreach (var row in rows)
        {
            if (row.EventFrequency < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(counts), row.EventFrequency,
                    IndicatorMessages.EventFrequencyNotPositive(row.Band, row.EventFrequency));
            }
        }

        // Events per band: Σ_f f × persons. Validated (bands, populations) through the same path as Dobson.
        var events = rows
            .GroupBy(r => r.Band, StringComparer.Ordinal)
            .Select(g => new AgeBandCount(g.Key, g.Sum(r => r.EventFrequency * (r.Persons ?? 0)), SinglePopulation(g)))
            .ToList();
        foreach (var row in rows.Where(r => r.Persons is < 0 || (r.Persons is { } p && !double.IsFinite(p))))
        {
            throw new ArgumentOutOfRangeException(nameof(counts), row.Persons,
                IndicatorMessages.NegativeBandValue(nameof(counts), row.Band, "persons", row.Persons ?? double.NaN));
        }

        var bands = StandardisationInput.ByBand(events, standard, nameof(counts));
        var sums = DobsonSums.Of(bands, standard);
        var totalSquared = standard.Total * standard.Total;
        var variance = rows
            .GroupBy(r => r.EventFrequency)
            .Sum(frequency =>
            {
                var squared = frequency.Sum(r => (r.Persons ?? 0) * Math.Pow(standard.Weight(r.Band) / r.Denominator, 2));
                return (double)frequency.Key * frequency.Key * (squared / totalSquared);
            });
        return Phe(sums.WeightedRates / standard.Total, variance, sums.Events, sums.Population, confidence, multiplier,
            IndicatorMethod.DobsonNonIndependentEvents);
    }

    /// <summary>
    /// ScotPHO's European age-sex standardised rate for persons: the mean of the male and female EASRs, which ScotPHO
    /// computes by summing both sexes' weighted rates over twice the standard total (epop_total = 200,000 in
    /// scotpho-indicator-production <c>calculate_easr</c>). Limits: Dobson with Byar's at z = 1.96 on all events, the
    /// variance also over (2Σw)².
    /// </summary>
    /// <param name="males">One row per band for males.</param>
    /// <param name="females">One row per band for females.</param>
    /// <param name="standard">The standard population; null means ESP2013.</param>
    /// <param name="multiplier">&gt; 0; default 100,000.</param>
    /// <param name="convention">ScotPho (default: NaN limits at 0 events) or ScotPhoZeroFilled (0, as published).</param>
    public static IndicatorResult ScotPhoEasrPersons(IEnumerable<AgeBandCount> males, IEnumerable<AgeBandCount> females,
        StandardPopulation? standard = null, double multiplier = Multiplier.PerHundredThousand,
        PublicationConvention convention = PublicationConvention.ScotPho)
    {
        ArgumentNullException.ThrowIfNull(males);
        ArgumentNullException.ThrowIfNull(females);
        standard ??= StandardPopulation.European2013;
        IndicatorArguments.RequireMultiplier(multiplier);
        if (!IndicatorArguments.IsScotPho(convention))
        {
            throw new ArgumentException(IndicatorMessages.NotScotPhoConvention(convention), nameof(convention));
        }

        var male = DobsonSums.Of(StandardisationInput.ByBand(males, standard, nameof(males), allowEmptyBands: true), standard);
        var female = DobsonSums.Of(StandardisationInput.ByBand(females, standard, nameof(females), allowEmptyBands: true), standard);
        var bothTotal = 2 * standard.Total;
        return ScotPho(
            (male.WeightedRates + female.WeightedRates) / bothTotal,
            (male.SquaredWeightedRates + female.SquaredWeightedRates) / (bothTotal * bothTotal),
            male.Events + female.Events, male.Population + female.Population, default, multiplier, convention);
    }

    private static IndicatorResult Phe(double rate, double variance, double events, double population,
        ConfidenceLevels confidence, double multiplier, IndicatorMethod method)
    {
        if (events < IndicatorThresholds.SmallCount)
        {
            var blank = confidence.Fractions.Select(f => new ConfidenceInterval(f, double.NaN, double.NaN)).ToArray();
            return new IndicatorResult(double.NaN, blank, method, multiplier, events, population,
                [IndicatorMessages.DsrSuppressed(events)]);
        }

        var value = rate * multiplier;
        var spread = Math.Sqrt(variance / events);
        var intervals = confidence.Fractions.Select(level =>
        {
            var byar = PoissonLimits.Byar(events, level);
            return new ConfidenceInterval(level,
                value + spread * (byar.Lower - events) * multiplier,
                value + spread * (byar.Upper - events) * multiplier);
        }).ToArray();
        return new IndicatorResult(value, intervals, method, multiplier, events, population);
    }

    private static IndicatorResult ScotPho(double rate, double variance, double events, double population,
        ConfidenceLevels confidence, double multiplier, PublicationConvention convention)
    {
        CrudeRate.RequireNinetyFive(confidence);
        if (events == 0 && convention == PublicationConvention.ScotPhoZeroFilled)
        {
            return new IndicatorResult(0, [new ConfidenceInterval(0.95, 0, 0)], IndicatorMethod.ScotPhoEasr, multiplier,
                events, population, [IndicatorMessages.ZeroEventsEasrZeroFilled()]);
        }

        var byar = PoissonLimits.ByarAtZ(events, 0.95, IndicatorThresholds.ScotPhoZ);
        var spread = Math.Sqrt(variance / events);
        var lower = (rate + spread * (byar.Lower - events)) * multiplier;
        var upper = (rate + spread * (byar.Upper - events)) * multiplier;
        var warnings = new List<string>();
        if (events == 0)
        {
            warnings.Add(IndicatorMessages.ZeroEventsEasr());
        }
        else if (events < IndicatorThresholds.SmallCount)
        {
            warnings.Add(IndicatorMessages.SmallCount(events));
        }

        var interval = new ConfidenceInterval(0.95, lower < 0 ? 0 : lower, upper);
        return new IndicatorResult(rate * multiplier, [interval], IndicatorMethod.ScotPhoEasr, multiplier, events,
            population, warnings);
    }

    private static double SinglePopulation(IGrouping<string, EventFrequencyCount> band)
    {
        var populations = band.Select(r => r.Denominator).Distinct().ToList();
        return populations.Count == 1
            ? populations[0]
            : throw new ArgumentException(IndicatorMessages.BandPopulationsDiffer(band.Key, populations), "counts");
    }
}
