using AnalysisKit.Variation.Spc;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class SpcChartTests
{
    /// <summary>The sample (lower is better) with the rules that marked its two special points: March above the upper limit (concern), May below the lower limit (improvement).</summary>
    private static SpcChartData WithRules()
    {
        var data = ChartSamples.Spc();
        return data with
        {
            Points = data.Points.Select(p => p.Date.Month switch
            {
                3 => p with { Rule = SpecialCauseType.AboveUpperLimit },
                5 => p with { Rule = SpecialCauseType.BelowLowerLimit },
                _ => p,
            }).ToList(),
        };
    }

    [Fact]
    public void Create_SpecialCausePoints_ColourByMeaningShapeByDirectionRuleInLegend()
    {
        var chart = SpcChart.Create(WithRules());

        // Lower is better: the low point is an improvement (blue, down-triangle), the high one a concern (rust, up-triangle).
        var improvement = ChartJson.Trace(chart, "Special cause: improvement (low): beyond the lower limit");
        Assert.Equal("#0078D4", (string?)improvement["marker"]!["color"]);
        Assert.Equal("triangle-down", (string?)improvement["marker"]!["symbol"]);
        Assert.Equal(["2024-05-01"], ChartJson.Strings(improvement["x"]));

        var concern = ChartJson.Trace(chart, "Special cause: concern (high): beyond the upper limit");
        Assert.Equal("#C73918", (string?)concern["marker"]!["color"]);
        Assert.Equal("triangle-up", (string?)concern["marker"]!["symbol"]);

        var common = ChartJson.Trace(chart, "Common cause variation");
        Assert.Equal("circle", (string?)common["marker"]!["symbol"]);
        Assert.Equal(4, ChartJson.Strings(common["x"]).Length);
    }

    [Theory]
    [InlineData(SpecialCauseType.TrendDecreasing, "trend of 7 falling")]
    [InlineData(SpecialCauseType.TrendIncreasing, "trend of 7 rising")]
    [InlineData(SpecialCauseType.RunAbove, "run of 7 above the centre line")]
    [InlineData(SpecialCauseType.RunBelow, "run of 7 below the centre line")]
    [InlineData(SpecialCauseType.TwoInThreeAbove, "2 of 3 near the upper limit")]
    [InlineData(SpecialCauseType.TwoInThreeBelow, "2 of 3 near the lower limit")]
    public void Create_RuleThatFired_NamedInLegendHoverAndAltText(SpecialCauseType rule, string words)
    {
        var data = ChartSamples.Spc();
        data = data with { Points = data.Points.Select(p => p.Date.Month == 5 ? p with { Rule = rule } : p).ToList() };

        var chart = SpcChart.Create(data);

        var trace = ChartJson.Traces(chart).Single(t => ((string?)t!["name"])!.StartsWith("Special cause: improvement", StringComparison.Ordinal))!;
        Assert.EndsWith(": " + words, (string?)trace["name"], StringComparison.Ordinal);
        Assert.EndsWith($"({words})", ChartJson.Strings(trace["hovertext"])[0], StringComparison.Ordinal);
        Assert.Contains($"1 point of special cause improvement ({words})", chart.AltText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AssuranceType.ConsistentPass, "P", "#0078D4", "consistently passes (Target 8.0)")]
    [InlineData(AssuranceType.ConsistentFail, "F", "#C73918", "consistently fails (Target 8.0)")]
    [InlineData(AssuranceType.Inconsistent, "?", "#6B5C85", "hit and miss (Target 8.0)")]
    public void Create_LatestPoint_VariationAndAssuranceIconsWithLettersAndWords(AssuranceType assurance, string letter, string colour, string caption)
    {
        var chart = SpcChart.Create(WithRules() with { Target = 8, Assurance = assurance });

        // The last point (Jun 2024, 9.25 under a centre of 9.5) is common cause: "~" in liberty, "common cause".
        var texts = ChartJson.Layout(chart)["annotations"]!.AsArray().Select(a => (string)a!["text"]!).ToList();
        Assert.Contains("Variation", texts);
        Assert.Contains("~", texts);
        Assert.Contains("common cause", texts);
        Assert.Contains("Assurance", texts);
        Assert.Contains(letter, texts);
        Assert.Contains(caption.Replace(" (", "<br>(", StringComparison.Ordinal), texts);
        var circles = ChartJson.Layout(chart)["shapes"]!.AsArray().Where(s => (string?)s!["type"] == "circle").Select(s => (string)s!["fillcolor"]!).ToList();
        Assert.Equal(["#6B5C85", colour], circles);
        Assert.EndsWith($"Latest point: variation icon \"~\", common cause; assurance icon \"{letter}\", {caption}.", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LatestPointSpecialCause_VariationIconSaysHighOrLowAndWhetherItIsGood()
    {
        var data = WithRules();
        data = data with { Points = [.. data.Points.Take(4), data.Points[4]] };

        var chart = SpcChart.Create(data);

        Assert.EndsWith("Latest point: variation icon \"L\", special cause improvement (low).", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LongTitle_WrapsBetweenWordsSoNothingIsCut()
    {
        var title = "Antibacterial items: the cluster's monthly value as an index of Scotland's in the same month (Scotland = 100), XmR chart";
        var chart = SpcChart.Create(ChartSamples.Spc() with { Title = title });

        var text = (string)ChartJson.Layout(chart)["title"]!["text"]!;
        var lines = text.Split("<br>");
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.True(l.Length <= HouseStyle.TitleLineCharacters, l));
        Assert.Equal(title, string.Join(" ", lines));
    }

    [Fact]
    public void Create_ChangeDate_BreaksCentreLineAndLimits()
    {
        var chart = SpcChart.Create(ChartSamples.Spc());

        var centre = ChartJson.Trace(chart, "Centre line");
        Assert.Equal(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-04-01", "2024-05-01", "2024-06-01"],
            ChartJson.Strings(centre["x"]));
        Assert.Equal([11.0, 11.0, 11.0, null, 9.5, 9.5, 9.5], ChartJson.Numbers(centre["y"]));
        Assert.Equal([14.0, 14.0, 14.0, null, 12.0, 12.0, 12.0], ChartJson.Numbers(ChartJson.Trace(chart, "Upper process limit")["y"]));
    }

    [Fact]
    public void Create_ChangeDate_MarkedByFullHeightLineAndLabel()
    {
        var layout = ChartJson.Layout(SpcChart.Create(ChartSamples.Spc()));

        var shape = Assert.Single(layout["shapes"]!.AsArray(), s => (string?)s!["type"] == "line")!;
        Assert.Equal("2024-04-01", (string?)shape["x0"]);
        Assert.Equal("y domain", (string?)shape["yref"]);
        var label = Assert.Single(layout["annotations"]!.AsArray(), a => ((string?)a!["text"])!.StartsWith("Change", StringComparison.Ordinal))!;
        Assert.Equal("Change: Apr 2024", (string?)label["text"]);
        Assert.Equal("date", (string?)layout["xaxis"]!["type"]);
    }

    [Fact]
    public void Create_AltText_CountsSpecialCauseNamesRulesAndGivesLastLimits()
    {
        var chart = SpcChart.Create(WithRules());

        Assert.Equal(
            "SPC chart of Admissions per 1,000 from Jan 2024 to Jun 2024 (6 points). Points showing special cause variation: " +
            "1 point of special cause improvement (beyond the lower limit) and 1 point of special cause concern (beyond the upper limit); the rest show common cause variation. At the last point " +
            "the centre line is 9.5 with process limits 7.0 to 12.0. Limits recalculated from Apr 2024. Latest point: variation icon \"~\", common cause.",
            chart.AltText);
    }

    [Fact]
    public void Create_AllCommonCauseWithTarget_AltTextSaysSoAndDrawsTarget()
    {
        var data = ChartSamples.Spc();
        data = data with { Points = data.Points.Select(p => p with { Type = SpcPointType.CommonCause }).ToList(), ChangeDates = [], Target = 8 };

        var chart = SpcChart.Create(data);

        Assert.Equal(
            "SPC chart of Admissions per 1,000 from Jan 2024 to Jun 2024 (6 points). All points show common cause variation. " +
            "At the last point the centre line is 9.5 with process limits 7.0 to 12.0. Target 8.0. Latest point: variation icon \"~\", common cause.",
            chart.AltText);
        Assert.Equal([8.0, 8.0], ChartJson.Numbers(ChartJson.Trace(chart, "Target 8.0")["y"]));
    }

    [Fact]
    public void Create_HoverText_GivesMonthValueCentreLimitsClassificationAndRule()
    {
        var chart = SpcChart.Create(WithRules());

        Assert.Equal(["May 2024<br>Admissions per 1,000: 6.5<br>Centre line: 9.5<br>Process limits: 7.0 to 12.0<br>Special cause: improvement (low) (beyond the lower limit)"],
            ChartJson.Strings(ChartJson.Trace(chart, "Special cause: improvement (low): beyond the lower limit")["hovertext"]));
    }

    [Fact]
    public void Create_ChangeDateNotAPoint_SaysWhatAChangeDateIs()
    {
        var data = ChartSamples.Spc() with { ChangeDates = [new DateOnly(2024, 4, 15)] };

        var error = Assert.Throws<ChartDataException>(() => SpcChart.Create(data));

        Assert.StartsWith("Chart 'admissions-spc': change date 2024-04-15 is not the date of any point; a change date is the first period of a new segment.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DatesOutOfOrder_NamesTheTwoDates()
    {
        var data = ChartSamples.Spc();
        data = data with { Points = [data.Points[1], data.Points[0]], ChangeDates = [] };

        var error = Assert.Throws<ChartDataException>(() => SpcChart.Create(data));

        Assert.StartsWith("Chart 'admissions-spc': point dates must be strictly increasing; '2024-01-01' follows '2024-02-01'.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UpperLimitBelowCentre_SaysTheOrder()
    {
        var data = ChartSamples.Spc();
        data = data with { Points = [data.Points[0] with { UpperLimit = 10.0 }], ChangeDates = [] };

        var error = Assert.Throws<ChartDataException>(() => SpcChart.Create(data));

        Assert.StartsWith("Chart 'admissions-spc', 2024-01-01 (centre line, upper limit): the interval must satisfy lower ≤ value ≤ upper; " +
                          "got lower 11, value 11, upper 10.", error.Message, StringComparison.Ordinal);
    }
}
