namespace AnalysisKit.Indicators;

/// <summary>The usual multipliers for expressing an indicator ("per 100,000 population").</summary>
public static class Multiplier
{
    /// <summary>A proportion of 1 or a ratio as is.</summary>
    public const double One = 1;

    /// <summary>A percentage.</summary>
    public const double Percentage = 100;

    /// <summary>Per 1,000 (e.g. GP consultation rates).</summary>
    public const double PerThousand = 1_000;

    /// <summary>Per 10,000.</summary>
    public const double PerTenThousand = 10_000;

    /// <summary>Per 100,000 (mortality and hospitalisation rates).</summary>
    public const double PerHundredThousand = 100_000;
}
