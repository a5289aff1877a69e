namespace AnalysisKit.Variation.Spc;

/// <summary>Reads a qicharts2 chart's signals through the improvement direction (see <see cref="QicResult.PointTypes"/>).</summary>
internal static class QicClassification
{
    internal static IReadOnlyList<SpcPointType> Of(QicResult chart, ImprovementDirection direction)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var points = chart.Points;
        var side = new int[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if (p.SigmaSignal && p.Include && p.Y is { } y)
            {
                side[i] = Math.Sign(y - p.CentreLine);
            }
        }

        if (chart.Chart != QicChartType.MR)
        {
            foreach (var part in points.Select((p, i) => (p, i)).GroupBy(x => x.p.Part))
            {
                var max = chart.Parts[part.Key - 1].LongestRunMax;
                if (max is null)
                {
                    continue;
                }

                var run = new List<int>();
                var runSign = 0;
                void Close()
                {
                    if (run.Count > max)
                    {
                        run.ForEach(i => side[i] = runSign);
                    }

                    run.Clear();
                }

                foreach (var (p, i) in part)
                {
                    if (!p.Include || p.Y is not { } y)
                    {
                        continue;
                    }

                    var sign = Math.Sign(y - p.CentreLine);
                    if (sign == 0)
                    {
                        continue;
                    }

                    if (sign != runSign)
                    {
                        Close();
                        runSign = sign;
                    }

                    run.Add(i);
                }

                Close();
            }
        }

        var effective = chart.Chart == QicChartType.MR ? ImprovementDirection.Neutral : direction;
        return side.Select(s => Type(s, effective)).ToList();
    }

    private static SpcPointType Type(int side, ImprovementDirection direction) => (side, direction) switch
    {
        (0, _) => SpcPointType.CommonCause,
        (> 0, ImprovementDirection.Increase) or (< 0, ImprovementDirection.Decrease) => SpcPointType.SpecialCauseImprovement,
        (> 0, ImprovementDirection.Decrease) or (< 0, ImprovementDirection.Increase) => SpcPointType.SpecialCauseConcern,
        (> 0, _) => SpcPointType.SpecialCauseNeutralHigh,
        _ => SpcPointType.SpecialCauseNeutralLow,
    };
}
