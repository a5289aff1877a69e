using Plotly.NET;

namespace AnalysisKit.Charts;

/// <summary>
/// A finished chart: the Plotly.NET figure, the stable name its HTML element id is made from, its title, and the
/// alt text that says in one or two sentences what the chart shows. Render it with <see cref="ChartRenderer"/>.
/// </summary>
public sealed class ChartFigure
{
    /// <summary>Creates a figure; the chart factories (e.g. <see cref="FunnelChart.Create"/>) are the usual way.</summary>
    /// <param name="name">Stable name: lower-case letters, digits and hyphens, starting with a letter (e.g. <c>cluster-funnel</c>).
    /// The HTML element id is <c>akit-</c> + name, so the same chart always gets the same id.</param>
    /// <param name="title">The chart title shown above the plot.</param>
    /// <param name="altText">What the chart shows, in sentences made from the data.</param>
    /// <param name="plotly">The Plotly.NET chart.</param>
    public ChartFigure(string name, string title, string altText, GenericChart plotly)
    {
        ChartName.Validate(name);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(altText);
        ArgumentNullException.ThrowIfNull(plotly);
        Name = name;
        Title = title;
        AltText = altText;
        Plotly = plotly;
    }

    /// <summary>The stable name (lower-case letters, digits, hyphens).</summary>
    public string Name { get; }

    /// <summary>The HTML element id of the chart's div: <c>akit-</c> + <see cref="Name"/>.</summary>
    public string ElementId => "akit-" + Name;

    /// <summary>The chart title.</summary>
    public string Title { get; }

    /// <summary>What the chart shows, in sentences made from the data (used as the figure's accessible description).</summary>
    public string AltText { get; }

    /// <summary>The Plotly.NET chart (traces, layout, config).</summary>
    public GenericChart Plotly { get; }
}
