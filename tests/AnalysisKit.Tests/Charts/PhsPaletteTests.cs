using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class PhsPaletteTests
{
    // Expected tints typed in from Public-Health-Scotland/phsstyles, data-raw/phs_colour_values.R (commit 032866a),
    // which publishes the PHS Chart and Dashboard Accessibility Guidance colours: an independent source for Tint.
    public static TheoryData<string, int, string> PublishedTints => new()
    {
        { PhsPalette.Purple, 80, "#655E9D" }, { PhsPalette.Purple, 50, "#9F9BC2" }, { PhsPalette.Purple, 30, "#C5C3DA" }, { PhsPalette.Purple, 10, "#ECEBF3" },
        { PhsPalette.Magenta, 80, "#AF69A9" }, { PhsPalette.Magenta, 50, "#CDA1C9" }, { PhsPalette.Magenta, 30, "#E1C7DF" }, { PhsPalette.Magenta, 10, "#F5ECF4" },
        { PhsPalette.Blue, 80, "#3393DD" }, { PhsPalette.Blue, 50, "#80BCEA" }, { PhsPalette.Blue, 30, "#B3D7F2" }, { PhsPalette.Blue, 10, "#E6F2FB" },
        { PhsPalette.Green, 80, "#9CC951" }, { PhsPalette.Green, 50, "#C1DD93" }, { PhsPalette.Green, 30, "#DAEBBE" }, { PhsPalette.Green, 10, "#F3F8E9" },
        { PhsPalette.Graphite, 80, "#A9A4B5" }, { PhsPalette.Graphite, 50, "#CAC6D1" }, { PhsPalette.Graphite, 30, "#DFDDE3" }, { PhsPalette.Graphite, 10, "#F4F4F6" },
        { PhsPalette.Teal, 80, "#4B999D" }, { PhsPalette.Teal, 50, "#8FBFC2" }, { PhsPalette.Teal, 30, "#BCD9DA" }, { PhsPalette.Teal, 10, "#E9F2F3" },
        { PhsPalette.Liberty, 80, "#897D9D" }, { PhsPalette.Liberty, 50, "#B5AEC2" }, { PhsPalette.Liberty, 30, "#D3CEDA" }, { PhsPalette.Liberty, 10, "#F0EFF3" },
        { PhsPalette.Rust, 80, "#D26146" }, { PhsPalette.Rust, 50, "#E39C8C" }, { PhsPalette.Rust, 30, "#EEC4BA" }, { PhsPalette.Rust, 10, "#F9EBE8" },
    };

    [Theory]
    [MemberData(nameof(PublishedTints))]
    public void Tint_MatchesPhsstylesPublishedTint(string colour, int percent, string expected) =>
        Assert.Equal(expected, PhsPalette.Tint(colour, percent));

    [Fact]
    public void Tint_HundredPercent_IsTheColourItself() => Assert.Equal(PhsPalette.Rust, PhsPalette.Tint(PhsPalette.Rust, 100));

    [Fact]
    public void Tint_BadColour_NamesTheValueAndTheForm()
    {
        var error = Assert.Throws<ArgumentException>(() => PhsPalette.Tint("purple", 50));
        Assert.Equal("colour", error.ParamName);
        Assert.StartsWith("colour must be written as #RRGGBB (e.g. #3F3685); got 'purple'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tint_PercentOutOfRange_SaysTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PhsPalette.Tint(PhsPalette.Blue, 0));
        Assert.StartsWith("percent must be from 1 to 100 (PHS tints are 80, 50, 30 and 10); got 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithOpacity_WritesRgbaWithInvariantDecimals() =>
        // #3F3685 = (63, 54, 133).
        Assert.Equal("rgba(63,54,133,0.25)", PhsPalette.WithOpacity(PhsPalette.Purple, 0.25));

    [Fact]
    public void WithOpacity_AboveOne_SaysTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PhsPalette.WithOpacity(PhsPalette.Purple, 1.5));
        Assert.StartsWith("opacity must be from 0 (transparent) to 1 (opaque); got 1.5.", error.Message, StringComparison.Ordinal);
    }
}
