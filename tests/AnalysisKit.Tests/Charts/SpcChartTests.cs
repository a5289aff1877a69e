using AnalysisKit.Variation.Spc;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class SpcChartTests
{
    [Fact]
    public void Create_SpecialCausePoints_ColouredAndShapedAsMakingDataCount()
    {
        var chart = SpcChart.Create(ChartSamples.Spc());

        var improvement = ChartJson.Trace(chart, "Special cause: improvement");
        Assert.Equal("#0078D4", (string?)improvement["marker"]!["color"]);
        Assert.Equal("triangle-up", (string?)improvement["marker"]!["symbol"]);
        Assert.Equal(["2024-05-01"], ChartJson.Strings(improvement["x"]));

        var concern = ChartJson.Trace(chart, "Special cause: concern");
        Assert.Equal("#C73918", (string?)concern["marker"]!["color"]);
        Assert.Equal("triangle-down", (string?)concern["marker"]!["symbol"]);

        var common = ChartJson.Trace(chart, "Common cause variation");
        Assert.Equal("circle", (string?)common["marker"]!["symbol"]);
        Assert.Equal(4, ChartJson.Strings(common["x"]).Length);
        Assert.DoesNotContain(ChartJson.Traces(chart), t => (string?)t!["name"] == "Special cause: neither improvement nor concern");
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

        var shape = Assert.Single(layout["shapes"]!.AsArray())!;
        Assert.Equal("2024-04-01", (string?)shape["x0"]);
        Assert.Equal("y domain", (string?)shape["yref"]);
        var label = Assert.Single(layout["annotations"]!.AsArray())!;
        Assert.Equal("Change: Apr 2024", (string?)label["text"]);
        Assert.Equal("date", (string?)layout["xaxis"]!["type"]);
    }

    [Fact]
    public void Create_AltText_CountsSpecialCauseAndGivesLastLimits()
    {
        var chart = SpcChart.Create(ChartSamples.Spc());

        Assert.Equal(
            "SPC chart of Admissions per 1,000 from Jan 2024 to Jun 2024 (6 points). Points showing special cause variation: " +
            "1 point of special cause improvement and 1 point of special cause concern; the rest show common cause variation. At the last point " +
            "the centre line is 9.5 with process limits 7.0 to 12.0. Limits recalculated from Apr 2024.",
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
            "At the last point the centre line is 9.5 with process limits 7.0 to 12.0. Target 8.0.",
            chart.AltText);
        Assert.Equal([8.0, 8.0], ChartJson.Numbers(ChartJson.Trace(chart, "Target 8.0")["y"]));
    }

    [Fact]
    public void Create_HoverText_GivesMonthValueCentreLimitsAndClassification()
    {
        var chart = SpcChart.Create(ChartSamples.Spc());

        Assert.Equal(["May 2024<br>Admissions per 1,000: 6.5<br>Centre line: 9.5<br>Process limits: 7.0 to 12.0<br>Special cause: improvement"],
            ChartJson.Strings(ChartJson.Trace(chart, "Special cause: improvement")["hovertext"]));
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
