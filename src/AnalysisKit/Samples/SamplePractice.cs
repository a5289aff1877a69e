using AnalysisKit.Geography;

namespace AnalysisKit.Samples;

/// <summary>One synthetic practice and everything drawn for it once (sizes, age structure, practice effects).</summary>
internal sealed class SamplePractice
{
    internal required int Index { get; init; }

    internal required string Code { get; init; }

    internal required string Name { get; init; }

    internal required Hscp Hscp { get; init; }

    internal required SampleRegion Region { get; init; }

    internal required string ClusterCode { get; init; }

    internal required int Quintile { get; set; }

    internal required int ListAtEnd { get; set; }

    internal required double GrowthPerYear { get; set; }

    internal required double[] AgeShares { get; set; }

    internal Dictionary<string, double> Effects { get; } = new(StringComparer.Ordinal);

    /// <summary>The practice's own list in month m (1–36), before any merger adds to it.</summary>
    internal int OwnList(int month) =>
        (int)Math.Round(ListAtEnd * Math.Pow(1 + GrowthPerYear, (month - SamplePlantedSignals.Months) / 12.0), MidpointRounding.ToEven);
}
