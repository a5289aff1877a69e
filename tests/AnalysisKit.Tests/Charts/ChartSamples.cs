using AnalysisKit.Variation.Spc;
using AnalysisKit.Indicators;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>Small hand-made chart inputs shared by the chart tests (the numbers are illustrative, not statistics under test).</summary>
internal static class ChartSamples
{
    public static FunnelChartData Funnel(string name = "practice-funnel") => new(
        name,
        "Prevalence by practice",
        "practices",
        "Registered patients",
        "Prevalence (%)",
        [
            new FunnelChartPoint("Practice A", 1000, 12.5, ChartCount.Of(125), FunnelPosition.WithinLimits),
            new FunnelChartPoint("Practice B", 2500, 20.25, ChartCount.Of(506), FunnelPosition.AboveOuter),
            new FunnelChartPoint("Practice C", 800, 3.1, ChartCount.Suppressed, FunnelPosition.BelowOuter),
            new FunnelChartPoint("Practice D", 1500, 16.0, ChartCount.Of(240), FunnelPosition.AboveInner),
            new FunnelChartPoint("Practice E", 3000, 11.0, ChartCount.Of(330), FunnelPosition.WithinLimits),
        ],
        new FunnelLimitLines(
            [500, 1000, 2000, 4000],
            [9.25, 10.0, 10.6, 11.0],
            [14.75, 14.0, 13.4, 13.0],
            [7.5, 8.5, 9.8, 10.4],
            [16.5, 15.5, 14.2, 13.6],
            0.95,
            0.998,
            12.0));

    public static SpcChartData Spc() => new(
        "admissions-spc",
        "Emergency admissions",
        "Admissions per 1,000",
        [
            new SpcChartPoint(new DateOnly(2024, 1, 1), 10.0, 11.0, 8.0, 14.0, SpcPointType.CommonCause),
            new SpcChartPoint(new DateOnly(2024, 2, 1), 12.0, 11.0, 8.0, 14.0, SpcPointType.CommonCause),
            new SpcChartPoint(new DateOnly(2024, 3, 1), 15.0, 11.0, 8.0, 14.0, SpcPointType.SpecialCauseConcern),
            new SpcChartPoint(new DateOnly(2024, 4, 1), 9.0, 9.5, 7.0, 12.0, SpcPointType.CommonCause),
            new SpcChartPoint(new DateOnly(2024, 5, 1), 6.5, 9.5, 7.0, 12.0, SpcPointType.SpecialCauseImprovement),
            new SpcChartPoint(new DateOnly(2024, 6, 1), 9.25, 9.5, 7.0, 12.0, SpcPointType.CommonCause),
        ],
        [new DateOnly(2024, 4, 1)]);

    public static RankedBarData Ranked() => new(
        "cluster-ranking",
        "Rate by cluster",
        "clusters",
        "Rate per 1,000",
        [
            new RankedBar("Cluster A", ChartCount.Of(340), 12.0, 10.0, 14.0, Significance.NotDifferent),
            new RankedBar("Cluster B", ChartCount.Of(610), 20.1, 18.0, 22.5, Significance.Higher),
            new RankedBar("Cluster C", ChartCount.Of(45), 3.4, 2.0, 5.1, Significance.Lower),
            new RankedBar("Cluster D", ChartCount.Of(480), 15.5, 13.2, 17.9, Significance.Higher, Highlight: true),
            new RankedBar("Cluster E", ChartCount.Of(290), 12.0, 9.5, 14.6, Significance.NotDifferent),
        ],
        [new ComparatorLine("Scotland", 11.5), new ComparatorLine("NHS Lothian", 12.25)]);

    public static SpineChartData Spine() => new(
        "cluster-spine",
        "Cluster X against Scotland",
        "Cluster X",
        "Scotland",
        "clusters",
        [
            new SpineRow("Screening uptake (%)", 70, 65, 50, 60, 66, 70, 80, Significance.Higher, Polarity.HigherIsBetter),
            new SpineRow("Emergency admissions per 1,000", 120, 100, 70, 90, 98, 110, 140, Significance.Higher, Polarity.LowerIsBetter),
            new SpineRow("Diabetes prevalence (%)", 6.1, 6.0, 4.0, 5.5, 6.0, 6.5, 8.0, Significance.NotDifferent, Polarity.NoJudgement),
        ]);

    public static TrendChartData Trend() => new(
        "cluster-trend",
        "Rate over time",
        "Rate per 1,000",
        [
            new TrendSeries("Cluster X",
            [
                new TrendPoint(new DateOnly(2022, 4, 1), ChartCount.Of(300), 12.0, 10.5, 13.5),
                new TrendPoint(new DateOnly(2023, 4, 1), ChartCount.Of(330), 13.25, 11.5, 15.0),
                new TrendPoint(new DateOnly(2024, 4, 1), ChartCount.Of(390), 15.6, 13.0, 18.2),
            ]),
            new TrendSeries("Scotland",
            [
                new TrendPoint(new DateOnly(2022, 4, 1), ChartCount.Of(61000), 12.5, 12.3, 12.7),
                new TrendPoint(new DateOnly(2023, 4, 1), ChartCount.Of(62500), 12.8, 12.6, 13.0),
                new TrendPoint(new DateOnly(2024, 4, 1), ChartCount.Of(63800), 13.0, 12.8, 13.2),
            ]),
        ]);

    public static PopulationPyramidData Pyramid() => new(
        "cluster-pyramid",
        "Registered population",
        "Cluster X",
        [
            new PyramidBand("0-4", ChartCount.Of(120), ChartCount.Of(115)),
            new PyramidBand("5-9", ChartCount.Of(98), ChartCount.Suppressed),
            new PyramidBand("10-14", ChartCount.Of(412), ChartCount.Of(398)),
        ]);

    public static SimdQuintileData Simd() => new(
        "cluster-simd",
        "Rate by deprivation",
        "Cluster X",
        "Rate per 1,000",
        [
            new SimdQuintileBar(3, 30.1, 27.0, 33.5, ChartCount.Of(301)),
            new SimdQuintileBar(1, 45.25, 41.0, 49.75, ChartCount.Of(452)),
            new SimdQuintileBar(5, 21.5, 19.0, 24.0, ChartCount.Of(215)),
            new SimdQuintileBar(2, 38.0, 34.5, 41.5, ChartCount.Suppressed),
            new SimdQuintileBar(4, 25.0, 22.5, 27.5, ChartCount.Of(250)),
        ]);

    public static PercentileChartData Percentile() => new(
        "practice-deciles",
        "Items per 1,000 patients",
        "Items per 1,000 patients",
        "Practice A",
        "practices",
        950,
        [
            new PercentilePeriod(new DateOnly(2024, 1, 1), [1, 2, 3, 4, 5, 6, 7, 8, 9]),
            new PercentilePeriod(new DateOnly(2024, 2, 1), [1, 2, 3, 4, 5, 6, 7, 8, 9]),
            new PercentilePeriod(new DateOnly(2024, 3, 1), [1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ],
        [
            new PercentileUnitPoint(new DateOnly(2024, 1, 1), 0.5),
            new PercentileUnitPoint(new DateOnly(2024, 2, 1), 5.0),
            new PercentileUnitPoint(new DateOnly(2024, 3, 1), 7.5),
        ]);

    /// <summary>One chart of every kind, each with its own name.</summary>
    public static IReadOnlyList<ChartFigure> AllKinds(IChartDisclosureCheck disclosure) =>
    [
        FunnelChart.Create(Funnel(), disclosure),
        SpcChart.Create(Spc()),
        RankedBarChart.Create(Ranked(), disclosure),
        SpineChart.Create(Spine()),
        TrendChart.Create(Trend(), disclosure),
        PopulationPyramidChart.Create(Pyramid(), disclosure),
        SimdQuintileChart.Create(Simd(), disclosure),
        PercentileChart.Create(Percentile()),
    ];
}
