using System.Globalization;
using MathNet.Numerics.Distributions;

namespace AnalysisKit.Indicators;

/// <summary>
/// One or more two-sided confidence levels for an indicator's limits, e.g. 95% alone or 95% and 99.8% together (the
/// PHE Fingertips pair). A level may be given as a fraction (0.95) or a percentage (95), as in PHEindicatormethods.
/// <c>default</c> means 95%.
/// </summary>
public readonly struct ConfidenceLevels : IEquatable<ConfidenceLevels>
{
    private static readonly double[] NinetyFive = [0.95];
    private readonly double[]? _fractions;

    /// <summary>Creates the levels from one or more values, each a fraction in (0, 1] or a percentage in (1, 100].</summary>
    /// <exception cref="ArgumentException">No level given, or a level repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level outside (0, 1] and (1, 100], or not a number.</exception>
    public ConfidenceLevels(params double[] levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Length == 0)
        {
            throw new ArgumentException(IndicatorMessages.NoConfidenceLevel(), "confidence");
        }

        var fractions = new double[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            fractions[i] = ToFraction(levels[i]);
            if (Array.IndexOf(fractions, fractions[i], 0, i) >= 0)
            {
                throw new ArgumentException(IndicatorMessages.RepeatedConfidenceLevel(levels), "confidence");
            }
        }

        _fractions = fractions;
    }

    /// <summary>95% and 99.8%, the two levels PHE Fingertips and ScotPHO funnel charts show together.</summary>
    public static ConfidenceLevels NinetyFiveAndNinetyNinePointEight { get; } = new(0.95, 0.998);

    /// <summary>The levels as fractions in (0, 1], in the order given.</summary>
    public IReadOnlyList<double> Fractions => _fractions ?? NinetyFive;

    /// <summary>One level, as a fraction (0.95) or a percentage (95).</summary>
    public static implicit operator ConfidenceLevels(double confidence) => new(confidence);

    /// <summary>Two levels at once, e.g. <c>(0.95, 0.998)</c>.</summary>
    public static implicit operator ConfidenceLevels((double First, double Second) confidence) =>
        new(confidence.First, confidence.Second);

    /// <summary>Named alternative to the implicit conversion from a number.</summary>
    public static ConfidenceLevels FromDouble(double confidence) => new(confidence);

    /// <summary>
    /// A confidence level as a fraction: values in (0, 1] are fractions, values in (1, 100] percentages (95 → 0.95).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a number, ≤ 0 or &gt; 100.</exception>
    public static double ToFraction(double confidence)
    {
        if (double.IsNaN(confidence) || confidence <= 0 || confidence > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence,
                IndicatorMessages.ConfidenceOutOfRange(confidence));
        }

        return confidence > 1 ? confidence / 100 : confidence;
    }

    /// <summary>
    /// The two-sided standard normal quantile z = Φ⁻¹(1 − α/2) for a confidence level 1 − α, computed as
    /// PHEindicatormethods does (<c>qnorm(confidence + (1 − confidence)/2)</c>) with MathNet.Numerics Normal.InvCDF:
    /// 1.959964 for 95%, 3.090232 for 99.8%; +∞ for 100%. MathNet's value can differ from R's qnorm (Wichura's AS241)
    /// in the last binary place (95%: R 1.9599639845400536, one ulp below MathNet), so limits built on z agree with R
    /// to about 2e-15 relative rather than bit for bit.
    /// </summary>
    /// <param name="confidence">Fraction in (0, 1] or percentage in (1, 100].</param>
    public static double ZScore(double confidence)
    {
        var fraction = ToFraction(confidence);
        return fraction == 0.95 ? ZNinetyFive
            : fraction == 0.998 ? ZNinetyNinePointEight
            : Normal.InvCDF(0, 1, fraction + (1 - fraction) / 2);
    }

    // The two levels nearly every call uses, computed once by the same expression.
    private static readonly double ZNinetyFive = Normal.InvCDF(0, 1, 0.95 + (1 - 0.95) / 2);
    private static readonly double ZNinetyNinePointEight = Normal.InvCDF(0, 1, 0.998 + (1 - 0.998) / 2);

    /// <summary>Labels such as "95%" or "95%, 99.8%", as PHEindicatormethods writes them.</summary>
    public override string ToString() =>
        string.Join(", ", Fractions.Select(f => (f * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%"));

    /// <inheritdoc />
    public bool Equals(ConfidenceLevels other) => Fractions.SequenceEqual(other.Fractions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConfidenceLevels other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Fractions.Aggregate(17, (hash, f) => hash * 31 + f.GetHashCode());

    /// <summary>Equal when the same levels are in the same order.</summary>
    public static bool operator ==(ConfidenceLevels left, ConfidenceLevels right) => left.Equals(right);

    /// <summary>Not equal.</summary>
    public static bool operator !=(ConfidenceLevels left, ConfidenceLevels right) => !left.Equals(right);
}
