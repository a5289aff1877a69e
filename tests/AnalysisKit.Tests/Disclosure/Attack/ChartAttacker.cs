using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MathNet.Numerics.Distributions;

namespace AnalysisKit.Tests.Disclosure.Attack;

/// <summary>
/// An attacker on published charts: given the Plotly JSON of every chart on a page and the policy's threshold, it
/// tries to recover counts the tables suppressed. For every point of a marker or bar trace (limit and target lines
/// carry no counts) it tries (1) the point's label: a unit the tables suppressed must not be plotted with a value;
/// (2) value × x × the value's scale as the axis title states it (1 for observed/expected ratios, 0.01 for
/// percentages, 0.001 for rates per 1,000): a product that is a whole number below the threshold is a small count given away; (3) a value with its
/// interval: for every n below the threshold, the exact Poisson (χ², any n under 100) and Byar limits divided by n
/// are the interval's ratios to the value, which pin n; (4) a count written in hover text below the threshold.
/// Nothing here uses AnalysisKit's own code: limits come from MathNet's χ² quantiles and Byar's formula by hand.
/// </summary>
internal static class ChartAttacker
{
    private static readonly Regex Figure = new(@"var figure = (\{.*?\});\n  Plotly\.newPlot\('([^']+)'", RegexOptions.Singleline);

    /// <summary>Every chart figure on a page, by element id.</summary>
    public static IReadOnlyList<(string Id, JsonObject Figure)> Figures(string html) =>
        Figure.Matches(html).Select(m => (m.Groups[2].Value, JsonNode.Parse(m.Groups[1].Value)!.AsObject())).ToList();

    /// <summary>What the attacker recovers from one figure; empty when nothing leaks.</summary>
    /// <param name="id">The chart's id, for the messages.</param>
    /// <param name="figure">The Plotly JSON.</param>
    /// <param name="threshold">Counts 1 to threshold − 1 are small (suppressed).</param>
    /// <param name="suppressedLabels">Units the tables suppressed, as the charts label them.</param>
    /// <param name="scale">What turns value × x into a count (1 for ratios against expected counts, 0.01 for percentages).</param>
    public static List<string> Leaks(string id, JsonObject figure, long threshold, IReadOnlyCollection<string> suppressedLabels, double scale = 1)
    {
        var leaks = new List<string>();
        foreach (var trace in figure["data"]!.AsArray().Select(t => t!.AsObject()))
        {
            var type = (string?)trace["type"] ?? "scatter";
            var mode = (string?)trace["mode"] ?? "";
            if (type != "bar" && !mode.Contains("markers", StringComparison.Ordinal))
            {
                continue;
            }

            var x = trace["x"]?.AsArray();
            var y = trace["y"]?.AsArray();
            if (x is null || y is null)
            {
                continue;
            }

            var text = trace["text"] as JsonArray;
            var hover = trace["hovertext"] as JsonArray;
            var plus = trace["error_y"]?["array"] as JsonArray;
            var minus = trace["error_y"]?["arrayminus"] as JsonArray;
            for (var i = 0; i < y.Count; i++)
            {
                if (y[i] is null)
                {
                    continue;
                }

                var value = (double)y[i]!;
                var where = $"chart {id}, trace '{(string?)trace["name"]}', point {i}";
                var hoverText = hover is null ? "" : (string?)hover[i] ?? "";
                var label = text?[i] is { } t ? (string)t! : hoverText.Split("<br>")[0];
                var category = x[i] is JsonValue xv && xv.TryGetValue<string>(out var s) ? s : null;
                foreach (var unit in suppressedLabels)
                {
                    if (label == unit || hoverText.StartsWith(unit + "<br>", StringComparison.Ordinal) || category == unit)
                    {
                        leaks.Add($"{where}: suppressed unit '{unit}' plotted with value {value.ToString("R", CultureInfo.InvariantCulture)}");
                    }
                }

                if (category is null)
                {
                    // The count the point gives back, to the nearest integer (x is rounded in the JSON, so ±0.5).
                    var n = (double)x[i]! * value * scale;
                    var whole = Math.Round(n);
                    if (whole >= 1 && whole < threshold)
                    {
                        leaks.Add($"{where}: value × x × {scale.ToString(CultureInfo.InvariantCulture)} = {n.ToString("R", CultureInfo.InvariantCulture)}, a small count");
                    }
                }

                if (plus is not null && minus is not null && value > 0 && PinnedByInterval(value, value - (double)minus[i]!, value + (double)plus[i]!, threshold) is { } pinned)
                {
                    leaks.Add($"{where}: the interval pins the count to {pinned}");
                }

                foreach (Match shown in Regex.Matches(hoverText, @"Numerator: ([0-9,]+)"))
                {
                    var count = long.Parse(shown.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
                    if (count >= 1 && count < threshold)
                    {
                        leaks.Add($"{where}: hover shows numerator {count}");
                    }
                }
            }
        }

        return leaks;
    }

    /// <summary>
    /// Every plotted point of the marker traces, with its label (point text or the hover text's first line), x, y and
    /// the numerator written in its hover text (null when none): what a funnel publishes about each unit.
    /// </summary>
    public static List<(string Label, double X, double Y, long? Numerator)> Points(JsonObject figure)
    {
        var points = new List<(string, double, double, long?)>();
        foreach (var trace in figure["data"]!.AsArray().Select(t => t!.AsObject()))
        {
            if (!((string?)trace["mode"] ?? "").Contains("markers", StringComparison.Ordinal) || trace["x"] is not JsonArray x || trace["y"] is not JsonArray y)
            {
                continue;
            }

            var hover = trace["hovertext"] as JsonArray;
            for (var i = 0; i < y.Count; i++)
            {
                var text = hover is null ? "" : (string?)hover[i] ?? "";
                var shown = Regex.Match(text, @"Numerator: ([0-9,]+)");
                points.Add((text.Split("<br>")[0], (double)x[i]!, (double)y[i]!,
                    shown.Success ? long.Parse(shown.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null));
            }
        }

        return points;
    }

    /// <summary>The small count whose exact or Byar 95% limits, relative to the count, match the interval's; null if none.</summary>
    public static long? PinnedByInterval(double value, double lower, double upper, long threshold)
    {
        const double z = 1.959963984540054;
        for (long n = 1; n < threshold; n++)
        {
            var byarLower = n * Math.Pow(1 - (1.0 / (9 * n)) - (z / (3 * Math.Sqrt(n))), 3);
            var m = n + 1;
            var byarUpper = m * Math.Pow(1 - (1.0 / (9 * m)) + (z / (3 * Math.Sqrt(m))), 3);
            if (Matches(byarLower / n, byarUpper / n))
            {
                return n;
            }

            if (n < 100 && Matches(ChiSquared.InvCDF(2 * n, 0.025) / 2 / n, ChiSquared.InvCDF(2 * (n + 1), 0.975) / 2 / n))
            {
                return n;
            }
        }

        return null;

        bool Matches(double lowerRatio, double upperRatio) =>
            Math.Abs((lower / value) - lowerRatio) <= 1e-7 && Math.Abs((upper / value) - upperRatio) <= 1e-7;
    }
}
