namespace AnalysisKit.Indicators;

/// <summary>The arguments of PHEindicatormethods' <c>phe_sii</c> other than the data, with the package's defaults.</summary>
/// <param name="ValueType">Normal (default), rate or proportion (<c>value_type</c> 0, 1, 2).</param>
/// <param name="Transform">Fit the regression on the log (rates) or logit (proportions) scale and transform the SII, RII
/// and their limits back (<c>transform = TRUE</c>); needs limits, not standard errors. Default false.</param>
/// <param name="Multiplier">Scales the SII and its limits (e.g. 100 for percentages); a negative multiplier also inverts
/// the RII, for indicators where lower is worse. Finite and ≠ 0; default 1.</param>
/// <param name="Repetitions">Simulated samples for the limits, ≥ 1000; the package's default 100,000.</param>
/// <param name="Confidence">One or more levels, each in [0.9, 1) or [90, 100); default 95%.</param>
/// <param name="ReliabilityStatistic">Simulate 10 times as many samples in 10 blocks and report, per level, the mean
/// absolute difference of blocks 2–10's limits from block 1's (<c>reliability_stat = TRUE</c>); the limits are block 1's.
/// Default false.</param>
/// <param name="Seed">The seed of the random stream when none is passed, as R's <c>set.seed(Seed)</c> just before
/// <c>phe_sii</c>; default 1, so that results are reproducible.</param>
public sealed record PheSiiOptions(
    PheSiiValueType ValueType = PheSiiValueType.Normal,
    bool Transform = false,
    double Multiplier = 1,
    int Repetitions = 100_000,
    ConfidenceLevels Confidence = default,
    bool ReliabilityStatistic = false,
    int Seed = 1);
