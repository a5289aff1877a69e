using AnalysisKit.Charts;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Variation.Funnels;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>How the library's results read in a notebook: charts drawn with their alt text, plain words, ISO dates, properties not type names.</summary>
public sealed class ResultDisplayTests
{
    private static readonly NotebookEngine Engine = new();

    private static ChartFigure Chart()
    {
        var units = Enumerable.Range(1, 12).Select(i => new FunnelUnit($"P{i:00}", 40 + (i * 3), 800 + (i * 50))).ToList();
        return PheFunnel.ForProportions(units).ToChart(new FunnelChartOptions("display-funnel", "A funnel") { UnitNoun = "practices" });
    }

    [Fact]
    public void DisplayOfAChartFigure_DrawsTheChartWithItsAltText()
    {
        var session = Engine.CreateSession();
        session.Run("using AnalysisKit.Charts; using AnalysisKit.Variation.Funnels;");
        var result = session.Run("""
            var units = Enumerable.Range(1, 12).Select(i => new FunnelUnit($"P{i:00}", 40 + (i * 3), 800 + (i * 50))).ToList();
            display(PheFunnel.ForProportions(units).ToChart(new FunnelChartOptions("display-funnel", "A funnel")));
            """);

        Assert.True(result.Succeeded, result.Error?.Message);
        var output = Assert.Single(result.Outputs);
        var html = output.Data["text/html"];
        Assert.Contains(ValueFormatter.ChartMarker, html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Funnel plot of 12 units", html, StringComparison.Ordinal);
        Assert.DoesNotContain("AnalysisKit.Charts.ChartFigure", output.Data["text/plain"], StringComparison.Ordinal);
        Assert.StartsWith("A funnel\nFunnel plot of 12 units", output.Data["text/plain"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Significance.NotDifferent, "not significantly different")]
    [InlineData(Significance.Higher, "significantly higher")]
    [InlineData(Assessment.Worse, "significantly worse")]
    [InlineData(FunnelOutlier.High, "above the upper limit")]
    [InlineData(PheFunnelSignificance.Low001, "Low (0.001)")]
    [InlineData(SpcPointType.SpecialCauseConcern, "Special cause concern")]
    [InlineData(GeographyLevel.Hscp, "Hscp")]
    public void LibraryEnums_ReadAsPlainWords(object value, string expected)
    {
        Assert.Equal(expected, ValueFormatter.Text(value));
        Assert.Equal(expected, new ValueFormatter().Format(value)["text/plain"]);
    }

    [Fact]
    public void Dates_AreIsoWhateverTheCulture()
    {
        Assert.Equal("2023-10-01", ValueFormatter.Text(new DateOnly(2023, 10, 1)));
        Assert.Equal("2023-10-01", ValueFormatter.Text(new DateTime(2023, 10, 1)));
        Assert.Equal("2023-10-01 14:30:00", ValueFormatter.Text(new DateTime(2023, 10, 1, 14, 30, 0)));
        var membership = new PracticeMembership("10002", "A practice", "GPC001", "Cluster", "S37000001", "S08000030", null,
            PracticeStatus.Open, new DateOnly(2023, 10, 1), null, "", "lookup.csv", 2);
        var text = ValueFormatter.Text(membership);
        Assert.Contains("ValidFrom = 2023-10-01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10/01/2023", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFunnelResult_ShowsItsPropertiesUnitsAndWarnings()
    {
        var units = Enumerable.Range(1, 30).Select(i => new FunnelUnit($"P{i:00}", 20 + (i * i), 1000)).ToList();
        var funnel = PheFunnel.ForProportions(units);

        var data = new ValueFormatter().Format(funnel);

        Assert.StartsWith("PheFunnelResult { Statistic = Proportion, Multiplier = 100", data["text/plain"], StringComparison.Ordinal);
        Assert.Contains("<p>Units (30)</p><table>", data["text/html"], StringComparison.Ordinal);
        Assert.Contains("<li>over-dispersion: phi = ", data["text/html"], StringComparison.Ordinal);
        Assert.Contains("High (0.001)", data["text/html"], StringComparison.Ordinal);
    }

    [Fact]
    public void AnXmrResult_ShowsPointTypesInWords()
    {
        var points = Enumerable.Range(0, 20).Select(i => new SpcPoint(new DateOnly(2023, 1, 1).AddMonths(i), i == 15 ? 50 : 10 + (i % 3))).ToList();

        var html = new ValueFormatter().Format(XmrChart.Calculate(points))["text/html"];

        Assert.Contains("<td>2023-01-01</td>", html, StringComparison.Ordinal);
        Assert.Contains("Special cause improvement", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AResultWithASmallCountInItsUnits_IsRefusedWhenOutputsAreStored()
    {
        var session = Engine.CreateSession(disclosure: AnalysisKit.Disclosure.DisclosureControl.Default);
        session.Run("using AnalysisKit.Variation.Funnels;");
        var result = session.Run("""
            var units = Enumerable.Range(1, 12).Select(i => new FunnelUnit($"P{i:00}", i == 2 ? 3 : 40 + i, 900)).ToList();
            display(PheFunnel.ForProportions(units));
            """);

        Assert.False(result.Succeeded);
        Assert.Contains("PheFunnelResult", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Unit.Numerator", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AResultWithoutSmallCounts_IsShownThoughItsStatisticsAndLabelsAreSmallWholeNumbers()
    {
        // YearsOfData = 1, Multiplier, ranks and limits are not counts: only numerators, denominators and values are read.
        var session = Engine.CreateSession(disclosure: AnalysisKit.Disclosure.DisclosureControl.Default);
        session.Run("using AnalysisKit.Variation.Funnels;");
        var result = session.Run("""
            var units = Enumerable.Range(1, 12).Select(i => new FunnelUnit($"P{i:00}", 40 + i, 900)).ToList();
            display(PheFunnel.ForProportions(units));
            """);

        Assert.True(result.Succeeded, result.Error?.Message);
        var output = Assert.Single(result.Outputs);
        var labels = output.AkitMetadata!["label_columns"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains("YearsOfData", labels);
        Assert.Contains("Dispersion.Phi", labels);
        Assert.DoesNotContain("Unit.Numerator", labels);
        Assert.DoesNotContain("Unit.Denominator", labels);
        Assert.Equal(NotebookMessages.ResultLabelReason, output.AkitMetadata["label_reason"]!.GetValue<string>());
        Assert.Contains("<th>Unit.Numerator</th>", output.Data["text/html"], StringComparison.Ordinal);
        Assert.Contains("<th>Dispersion.Phi</th>", output.Data["text/html"], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPublicResultType_IsShownByItsPropertiesOrItsOwnText()
    {
        var library = typeof(GeographyLevel).Assembly;
        var results = library.GetExportedTypes().Where(t => !t.IsAbstract && !t.IsEnum && !t.IsInterface
            && (t.Name.EndsWith("Result", StringComparison.Ordinal) || t.Name.EndsWith("Summary", StringComparison.Ordinal) || t.Name.EndsWith("Check", StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(results);
        foreach (var type in results)
        {
            var toString = type.GetMethod(nameof(ToString), Type.EmptyTypes)!;
            var ownText = toString.DeclaringType == type && toString.GetCustomAttributes(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false).Length == 0;
            var special = type == typeof(AnalysisKit.Extracts.DataQualitySummary) || type == typeof(AnalysisKit.Disclosure.SuppressionResult)
                          || typeof(System.Collections.IEnumerable).IsAssignableFrom(type) || typeof(IFormattable).IsAssignableFrom(type);
            var interfaceOnly = typeof(IChartDisclosureCheck).IsAssignableFrom(type);
            Assert.True(ownText || special || interfaceOnly || ResultDisplay.DescribesType(type), $"{type.FullName} would print its type name");
        }
    }
}
