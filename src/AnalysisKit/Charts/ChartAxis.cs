namespace AnalysisKit.Charts;

/// <summary>How one axis of a chart is drawn.</summary>
/// <param name="Title">The axis title (what is measured and its unit, e.g. "Rate per 1,000 patients").</param>
public sealed record ChartAxis(string Title)
{
    /// <summary>plotly.js axis type: <c>linear</c> (default), <c>date</c> or <c>category</c>.</summary>
    public string Type { get; init; } = "linear";

    /// <summary>d3 tick format (e.g. <c>,.1f</c>, <c>%b %Y</c>), or null for plotly's choice.</summary>
    public string? TickFormat { get; init; }

    /// <summary>Tick positions chosen by the chart (with <see cref="TickText"/>), or null for automatic ticks.</summary>
    public IReadOnlyList<double>? TickValues { get; init; }

    /// <summary>Tick labels, invariant-formatted, one per <see cref="TickValues"/> entry.</summary>
    public IReadOnlyList<string>? TickText { get; init; }

    /// <summary>The axis range [low, high], or null for automatic.</summary>
    public (double Low, double High)? Range { get; init; }

    /// <summary>The order of categories along a category axis, or null for the order they first appear.</summary>
    public IReadOnlyList<string>? CategoryOrder { get; init; }

    /// <summary>True to draw categories top to bottom in the order given (horizontal ranked charts).</summary>
    public bool Reversed { get; init; }

    /// <summary>True to show the axis grid lines and zero line, false to hide them.</summary>
    public bool ShowGrid { get; init; } = true;
}
