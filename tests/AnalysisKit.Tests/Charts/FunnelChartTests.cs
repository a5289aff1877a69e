using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class FunnelChartTests
{
    [Fact]
    public void Create_DrawsLimitPairsTargetAndOneTracePerPositionPresent()
    {
        var chart = FunnelChart.Create(ChartSamples.Funnel(), new RecordingDisclosureCheck());

        var names = ChartJson.Traces(chart).Select(t => (string)t!["name"]!).ToArray();
        Assert.Equal(
            ["99.8% limits", "99.8% limits", "95% limits", "95% limits", "Target 12.0",
             "Within 95% limits", "Above 95% upper limit", "Above 99.8% upper limit"],
            names);
        var outerUpper = ChartJson.Traces(chart)[1]!;
        Assert.Equal([16.5, 15.5, 14.2, 13.6], ChartJson.Numbers(outerUpper["y"]));
        Assert.Equal("#3F3685", (string?)outerUpper["line"]!["color"]);
        Assert.Equal("dash", (string?)ChartJson.Traces(chart)[2]!["line"]!["dash"]);
    }

    [Fact]
    public void Create_OuterOutliers_AreLabelledAndShapedNotOnlyColoured()
    {
        var data = ChartSamples.Funnel();
        data = data with { Units = data.Units.Select(u => u.Label == "Practice C" ? u with { Numerator = ChartCount.Of(25) } : u).ToList() };
        var chart = FunnelChart.Create(data, new RecordingDisclosureCheck());

        // Outliers are labelled by annotations (placed apart from each other, with a line to the point), not trace text.
        var above = ChartJson.Trace(chart, "Above 99.8% upper limit");
        Assert.Equal("markers", (string?)above["mode"]);
        Assert.Equal("#C73918", (string?)above["marker"]!["color"]);
        Assert.Equal("triangle-up", (string?)above["marker"]!["symbol"]);
        var labels = ChartJson.Layout(chart)["annotations"]!.AsArray().Select(a => ((string)a!["text"]!, (string)a!["font"]!["color"]!)).ToList();
        Assert.Equal([("Practice B", "#C73918"), ("Practice C", "#0078D4")], labels.OrderBy(l => l.Item1));

        var below = ChartJson.Trace(chart, "Below 99.8% lower limit");
        Assert.Equal("#0078D4", (string?)below["marker"]!["color"]);
        Assert.Equal("triangle-down", (string?)below["marker"]!["symbol"]);

        var between = ChartJson.Trace(chart, "Above 95% upper limit");
        Assert.Equal("markers", (string?)between["mode"]);
        Assert.Equal("triangle-up-open", (string?)between["marker"]!["symbol"]);
        Assert.Equal("circle", (string?)ChartJson.Trace(chart, "Within 95% limits")["marker"]!["symbol"]);
    }

    [Fact]
    public void Create_Highlight_DrawnAsAStarLabelledByNameAndSaidInTheAltText()
    {
        var chart = FunnelChart.Create(ChartSamples.Funnel() with { Highlight = "Practice D" }, new RecordingDisclosureCheck());

        var star = ChartJson.Trace(chart, "Practice D");
        Assert.Equal(("star", "#9B4393", 18.0), ((string?)star["marker"]!["symbol"], (string?)star["marker"]!["color"], (double)star["marker"]!["size"]!));
        Assert.Equal([1500.0], ChartJson.Numbers(star["x"]));
        var label = ChartJson.Layout(chart)["annotations"]!.AsArray().Single(a => ((string)a!["text"]!).Contains("Practice D", StringComparison.Ordinal))!;
        Assert.Equal(("<b>Practice D</b>", "#9B4393", true), ((string)label["text"]!, (string)label["font"]!["color"]!, (bool)label["showarrow"]!));
        Assert.Contains(" Practice D is marked with a star and labelled: Prevalence (%) 16.0, between the 95% and 99.8% upper limits.", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Axes_FittedToTheDataNotFromADenominatorOfOne()
    {
        var chart = FunnelChart.Create(ChartSamples.Funnel(), new RecordingDisclosureCheck());

        // Plotted: B 2,500, D 1,500, E 3,000 — C is withheld (count suppressed) and A (the smallest count, 125) is withheld
        // as C's partner (the disclosure rule in FunnelChart.WithPartner), so neither is drawn: x 1,500–3,000 ± 5% of
        // 1,500 → 1,425 to 3,075.
        // y over the values 11.0–20.25, the target 12 and the outer limits at the last grid point inside x (2,000: 9.8, 14.2):
        // 9.8 to 20.25 ± 12% of 10.45 → 8.546 to 21.504.
        var layout = ChartJson.Layout(chart);
        Assert.Equal([1425.0, 3075.0], ChartJson.Numbers(layout["xaxis"]!["range"]).Select(v => Math.Round(v!.Value, 6)));
        Assert.Equal([8.546, 21.504], ChartJson.Numbers(layout["yaxis"]!["range"]).Select(v => Math.Round(v!.Value, 6)));
    }

    [Fact]
    public void Create_OutliersCrowdedTogether_LabelsPlacedWithoutOverlap()
    {
        var data = ChartSamples.Funnel();
        var crowded = Enumerable.Range(0, 6).Select(i => new FunnelChartPoint($"Cluster GPC{i:000}", 2000 + (i * 10), 18 + (i * 0.05), ChartCount.Of(300), FunnelPosition.AboveOuter));
        data = data with { Units = [.. data.Units, .. crowded] };

        var boxes = LabelBoxes(FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.Equal(7, boxes.Count); // Practice B and the six crowded clusters (Practice C is withheld)
        AssertNoneOverlap(boxes);
    }

    [Fact]
    public void Create_RingedUnitsAmongCrowdedOutliers_EachLabelledOnceWithoutOverlap()
    {
        // Ringed (highlighted) units sitting among outliers used to carry their name as trace text beside the marker,
        // outside the label placement, so it could run over an outlier's label; now every label is placed together.
        var data = ChartSamples.Funnel();
        var crowded = Enumerable.Range(0, 4).Select(i => new FunnelChartPoint($"Cluster GPC{i:000}", 2000 + (i * 10), 18 + (i * 0.05), ChartCount.Of(300), FunnelPosition.AboveOuter));
        var ringed = Enumerable.Range(0, 2).Select(i => new FunnelChartPoint($"Ringed R{i}", 2005 + (i * 10), 18.1 + (i * 0.05), ChartCount.Of(300), FunnelPosition.WithinLimits, Highlighted: true));
        var ringedOutlier = new FunnelChartPoint("Ringed outlier", 2030, 18.2, ChartCount.Of(300), FunnelPosition.AboveOuter, Highlighted: true);
        data = data with { Units = [.. data.Units, .. crowded, .. ringed, ringedOutlier] };

        var chart = FunnelChart.Create(data, new RecordingDisclosureCheck());

        var boxes = LabelBoxes(chart);
        Assert.Equal(8, boxes.Count); // Practice B, four clusters, two ringed units and the ringed outlier (labelled once)
        Assert.Equal(1, boxes.Count(b => b.Text == "Ringed outlier"));
        Assert.Contains(boxes, b => b.Text == "Ringed R0");
        AssertNoneOverlap(boxes);
        Assert.Null(ChartJson.Trace(chart, "Highlighted")["text"]);
    }

    /// <summary>Each label's box in pixels: centred at the point's pixel position plus its offset (ax, ay), 6.8 px a character, 16 px high.</summary>
    private static List<(string Text, double X0, double X1, double Y0, double Y1)> LabelBoxes(ChartFigure chart)
    {
        var layout = ChartJson.Layout(chart);
        var x = ChartJson.Numbers(layout["xaxis"]!["range"]);
        var y = ChartJson.Numbers(layout["yaxis"]!["range"]);
        double height = HouseStyle.Height - 90 - HouseStyle.LegendMargin, width = HouseStyle.Width - 100;
        return layout["annotations"]!.AsArray().Select(a =>
        {
            var px = ((double)a!["x"]! - x[0]!.Value) / (x[1]!.Value - x[0]!.Value) * width + (double)a["ax"]!;
            var py = (y[1]!.Value - (double)a["y"]!) / (y[1]!.Value - y[0]!.Value) * height + (double)a["ay"]!;
            var text = ((string)a["text"]!).Replace("<b>", string.Empty, StringComparison.Ordinal).Replace("</b>", string.Empty, StringComparison.Ordinal);
            var half = ((string)a["text"]!).Length * 6.8 / 2;
            return (text, px - half, px + half, py - 8, py + 8);
        }).ToList();
    }

    private static void AssertNoneOverlap(List<(string Text, double X0, double X1, double Y0, double Y1)> boxes)
    {
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                Assert.False(a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1, $"labels '{a.Text}' and '{b.Text}' overlap");
            }
        }
    }

    [Fact]
    public void Create_AltText_SaysWhoLiesWhere()
    {
        var chart = FunnelChart.Create(ChartSamples.Funnel(), new RecordingDisclosureCheck());

        Assert.Equal(
            "Funnel plot of 5 practices: Prevalence (%) against Registered patients, with 95% and 99.8% control limits " +
            "around a target of 12.0. 1 lies above the 99.8% upper limit (Practice B); 1 lies between the 95% and 99.8% " +
            "limits; 1 lies within the 95% limits. 2 of the 5 practices not plotted: their counts are suppressed by disclosure control.",
            chart.AltText);
    }

    [Fact]
    public void Create_NoOutliers_AltTextSaysNone()
    {
        var data = ChartSamples.Funnel();
        data = data with { Units = data.Units.Select(u => u with { Position = FunnelPosition.WithinLimits }).ToList() };

        var chart = FunnelChart.Create(data, new RecordingDisclosureCheck());

        Assert.EndsWith("None lie outside the 99.8% limits; 0 lie between the 95% and 99.8% limits; 3 lie within the 95% limits. " +
                        "2 of the 5 practices not plotted: their counts are suppressed by disclosure control.",
            chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_HoverText_ShowsCheckedNumeratorsAndSuppressedUnitIsNotPlotted()
    {
        var check = new RecordingDisclosureCheck();

        var chart = FunnelChart.Create(ChartSamples.Funnel(), check);

        // Practice A (the smallest count, 125) is checked and then withheld as Practice C's partner.
        Assert.Equal(
            [("practice-funnel", "Practice A", "numerator", 125L), ("practice-funnel", "Practice E", "numerator", 330L),
             ("practice-funnel", "Practice D", "numerator", 240L), ("practice-funnel", "Practice B", "numerator", 506L)],
            check.Calls.Where(c => c.Measure == "numerator"));
        Assert.DoesNotContain(ChartJson.Traces(chart), t => ((string?)t!["name"])!.StartsWith("Below", StringComparison.Ordinal));
        Assert.Equal(["Practice B<br>Registered patients: 2,500<br>Numerator: 506<br>Prevalence (%): 20.3"],
            ChartJson.Strings(ChartJson.Trace(chart, "Above 99.8% upper limit")["hovertext"]));
    }

    [Fact]
    public void Create_SuppressedUnit_AttackerRecoversNothing()
    {
        // Practice C's prevalence 3.1% of 800 patients would give its count back (3.1 / 100 × 800 = 24.8 → 25).
        var chart = FunnelChart.Create(ChartSamples.Funnel(), new RecordingDisclosureCheck());

        Assert.Empty(AnalysisKit.Tests.Disclosure.Attack.ChartAttacker.Leaks("practice-funnel", ChartJson.Of(chart), 30, ["Practice C"], scale: 0.01));
        Assert.DoesNotContain("Practice C", ChartRenderer.ToPlotlyJson(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SmallCountShownAsValueAndDenominator_AttackerRecoversIt()
    {
        // The attacker is not toothless: a unit drawn with value 3.125% of 800 gives away 25.
        var data = ChartSamples.Funnel();
        data = data with { Units = [.. data.Units.Where(u => u.Label != "Practice C"), new FunnelChartPoint("Practice F", 800, 3.125, ChartCount.Of(25), FunnelPosition.BelowOuter)] };
        var chart = FunnelChart.Create(data, new RecordingDisclosureCheck());

        var leaks = AnalysisKit.Tests.Disclosure.Attack.ChartAttacker.Leaks("practice-funnel", ChartJson.Of(chart), 30, ["Practice F"], scale: 0.01);

        Assert.Contains(leaks, l => l.Contains("suppressed unit 'Practice F' plotted", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.EndsWith("value × x × 0.01 = 25, a small count", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.EndsWith("hover shows numerator 25", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_DisclosureCheckRefusesACount_ChartIsNotBuilt()
    {
        var data = ChartSamples.Funnel();
        data = data with { Units = [.. data.Units.Skip(1), new FunnelChartPoint("Practice F", 40, 7.5, ChartCount.Of(3), FunnelPosition.WithinLimits)] };

        var error = Assert.Throws<InvalidOperationException>(() => FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.Equal("Disclosure: practice-funnel/Practice F/numerator = 3 is a small count.", error.Message);
    }

    [Fact]
    public void Create_ValueNotFinite_NamesChartUnitFieldAndValue()
    {
        var data = ChartSamples.Funnel();
        data = data with { Units = [.. data.Units.Skip(1), new FunnelChartPoint("Practice F", 400, double.NaN, ChartCount.Of(30), FunnelPosition.WithinLimits)] };

        var error = Assert.Throws<ChartDataException>(() => FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'practice-funnel', Practice F: value must be a finite number; got NaN.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LimitArrayShorterThanGrid_SaysWhichAndHowMany()
    {
        var data = ChartSamples.Funnel();
        data = data with { Limits = data.Limits with { OuterUpper = [16.5, 15.5, 14.2] } };

        var error = Assert.Throws<ChartDataException>(() => FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'practice-funnel': outer upper limit has 3 values but the x grid has 4; give one per grid point.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LevelsSwapped_SaysTheOrder()
    {
        var data = ChartSamples.Funnel();
        data = data with { Limits = data.Limits with { InnerLevel = 0.998, OuterLevel = 0.95 } };

        var error = Assert.Throws<ChartDataException>(() => FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'practice-funnel': the inner limit level (0.998) must be below the outer level (0.95), e.g. 0.95 and 0.998.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RepeatedLabel_SaysWhichLabel()
    {
        var data = ChartSamples.Funnel();
        data = data with { Units = [.. data.Units, data.Units[0]] };

        var error = Assert.Throws<ChartDataException>(() => FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'practice-funnel': the label 'Practice A' appears twice; each unit, bar or row needs its own label.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CountNeitherGivenNorSuppressed_SaysHowToPassIt()
    {
        var data = ChartSamples.Funnel();
        data = data with { Units = [new FunnelChartPoint("Practice Z", 100, 5, default, FunnelPosition.WithinLimits)] };

        var error = Assert.Throws<ChartDataException>(() => FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'practice-funnel', Practice Z: the numerator count has no value and is not marked suppressed; " +
                          "pass ChartCount.Of(n) or ChartCount.Suppressed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DenominatorIsACount_EachPlottedOnePassesTheDisclosureCheck()
    {
        var check = new RecordingDisclosureCheck();

        FunnelChart.Create(ChartSamples.Funnel(), check);

        // Practice C (count suppressed) and its partner Practice A are not plotted, so their list sizes are not shown either.
        Assert.Equal([2500L, 1500L, 3000L], check.Calls.Where(c => c.Measure == "denominator").Select(c => c.Count).ToArray());
    }

    [Fact]
    public void Create_DenominatorNotACount_NotCheckedAndShownWithDecimals()
    {
        var data = ChartSamples.Funnel() with { DenominatorIsCount = false };
        data = data with { Units = [data.Units[0] with { Denominator = 1234.56 }] };
        var check = new RecordingDisclosureCheck();

        var chart = FunnelChart.Create(data, check);

        Assert.DoesNotContain(check.Calls, c => c.Measure == "denominator");
        Assert.StartsWith("Practice A<br>Registered patients: 1234.6<br>", ChartJson.Strings(ChartJson.Trace(chart, "Within 95% limits")["hovertext"])[0],
            StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CountDenominatorWithFraction_SaysWholeNumberOrSetTheFlag()
    {
        var data = ChartSamples.Funnel();
        data = data with { Units = [data.Units[0] with { Denominator = 99.5 }] };

        var error = Assert.Throws<ChartDataException>(() => FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'practice-funnel', Practice A: the denominator is a count of people, so it must be a whole number 0 or more; " +
                          "got 99.5. If it is not a count (e.g. person-years or an expected count), set DenominatorIsCount to false.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoLimits_SaysTheyAreMissing()
    {
        var data = ChartSamples.Funnel() with { Limits = null! };

        var error = Assert.Throws<ChartDataException>(() => FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'practice-funnel': the limit lines (Limits) is missing (null); give it.", error.Message, StringComparison.Ordinal);
    }
}
