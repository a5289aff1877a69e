using System.Text.Json.Nodes;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>Reads a chart's Plotly JSON for structural assertions.</summary>
internal static class ChartJson
{
    public static JsonObject Of(ChartFigure chart) => JsonNode.Parse(ChartRenderer.ToPlotlyJson(chart))!.AsObject();

    public static JsonArray Traces(ChartFigure chart) => Of(chart)["data"]!.AsArray();

    public static JsonObject Trace(ChartFigure chart, string name) =>
        Traces(chart).Single(t => (string?)t!["name"] == name)!.AsObject();

    public static JsonObject Layout(ChartFigure chart) => Of(chart)["layout"]!.AsObject();

    public static string[] Strings(JsonNode? node) => node!.AsArray().Select(n => (string)n!).ToArray();

    public static double?[] Numbers(JsonNode? node) => node!.AsArray().Select(n => n is null ? (double?)null : (double)n).ToArray();
}
