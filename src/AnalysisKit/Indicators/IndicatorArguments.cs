namespace AnalysisKit.Indicators;

/// <summary>Checks shared by the indicator calculators; the texts live in <see cref="IndicatorMessages"/>.</summary>
internal static class IndicatorArguments
{
    /// <summary>A count of events or cases: finite and ≥ 0 (callers that accept NaN as missing check for it first).</summary>
    public static void RequireCount(double value, string argument)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(argument, value, IndicatorMessages.NegativeCount(argument, value));
        }
    }

    /// <summary>A denominator (population, sample size): &gt; 0 and finite.</summary>
    public static void RequirePositive(double value, string argument)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(argument, value, IndicatorMessages.NotPositive(argument, value));
        }
    }

    /// <summary>A multiplier: finite and &gt; 0.</summary>
    public static void RequireMultiplier(double multiplier)
    {
        if (double.IsNaN(multiplier) || double.IsInfinity(multiplier) || multiplier <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier,
                IndicatorMessages.NotPositive(nameof(multiplier), multiplier));
        }
    }

    /// <summary>True for the ScotPHO conventions (<see cref="PublicationConvention.ScotPho"/> and its zero-filled variant).</summary>
    public static bool IsScotPho(PublicationConvention convention) =>
        convention is PublicationConvention.ScotPho or PublicationConvention.ScotPhoZeroFilled;
}
