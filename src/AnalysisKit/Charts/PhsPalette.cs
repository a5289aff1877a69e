using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>
/// The Public Health Scotland colour palette used by every chart, with its tints. Colour is never the only way a
/// chart says something: each meaning carried by a colour is also carried by a marker shape, a line style or a label.
/// Source: PHS Chart and Dashboard Accessibility Guidance, as published in the phsstyles R package
/// (<c>data-raw/phs_colour_values.R</c>: main and supporting palettes and their 80/50/30/10% tints).
/// </summary>
public static class PhsPalette
{
    /// <summary>PHS purple, #3F3685: the main colour (limits, centre lines, the first series).</summary>
    public const string Purple = "#3F3685";

    /// <summary>PHS magenta, #9B4393: the highlighted unit (e.g. the cluster or practice a briefing is about).</summary>
    public const string Magenta = "#9B4393";

    /// <summary>PHS blue, #0078D4: special cause improvement and "lower" findings.</summary>
    public const string Blue = "#0078D4";

    /// <summary>PHS green, #83BB26.</summary>
    public const string Green = "#83BB26";

    /// <summary>PHS graphite, #948DA3: common cause points and units within limits.</summary>
    public const string Graphite = "#948DA3";

    /// <summary>PHS teal, #1E7F84.</summary>
    public const string Teal = "#1E7F84";

    /// <summary>PHS liberty, #6B5C85.</summary>
    public const string Liberty = "#6B5C85";

    /// <summary>PHS rust, #C73918: special cause concern and "higher" findings.</summary>
    public const string Rust = "#C73918";

    /// <summary>The main colours in the order series are given them (purple, magenta, blue, green, graphite, teal, liberty, rust).</summary>
    public static IReadOnlyList<string> SeriesOrder { get; } =
        [Purple, Magenta, Blue, Green, Graphite, Teal, Liberty, Rust];

    /// <summary>
    /// A tint of a palette colour: the colour mixed with white so that <paramref name="percent"/> of the colour
    /// remains (PHS publishes 80, 50, 30 and 10% tints). Each channel is <c>round(c·p/100 + 255·(1 − p/100))</c>.
    /// </summary>
    /// <param name="colour">A colour written as <c>#RRGGBB</c>.</param>
    /// <param name="percent">How much of the colour remains, 1 to 100.</param>
    /// <returns>The tint as upper-case <c>#RRGGBB</c>.</returns>
    public static string Tint(string colour, int percent)
    {
        ArgumentNullException.ThrowIfNull(colour);
        if (colour.Length != 7 || colour[0] != '#' ||
            !int.TryParse(colour.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new ArgumentException(ChartMessages.BadColour(colour), nameof(colour));
        }

        if (percent is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, ChartMessages.BadTintPercent(percent));
        }

        var r = Mix((rgb >> 16) & 0xFF, percent);
        var g = Mix((rgb >> 8) & 0xFF, percent);
        var b = Mix(rgb & 0xFF, percent);
        return string.Create(CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{b:X2}");
    }

    /// <summary>A palette colour as CSS <c>rgba(r,g,b,a)</c>, for filled ribbons and bands that must let lines show through.</summary>
    /// <param name="colour">A colour written as <c>#RRGGBB</c>.</param>
    /// <param name="opacity">Opacity from 0 (transparent) to 1 (opaque).</param>
    /// <returns>The colour as <c>rgba(r,g,b,a)</c> with invariant number formats.</returns>
    public static string WithOpacity(string colour, double opacity)
    {
        ArgumentNullException.ThrowIfNull(colour);
        if (colour.Length != 7 || colour[0] != '#' ||
            !int.TryParse(colour.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new ArgumentException(ChartMessages.BadColour(colour), nameof(colour));
        }

        if (!(opacity >= 0 && opacity <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(opacity), opacity, ChartMessages.BadOpacity(opacity));
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"rgba({(rgb >> 16) & 0xFF},{(rgb >> 8) & 0xFF},{rgb & 0xFF},{opacity:0.###})");
    }

    private static int Mix(int channel, int percent) =>
        (int)Math.Round((channel * percent + 255 * (100 - percent)) / 100.0, MidpointRounding.AwayFromZero);
}
