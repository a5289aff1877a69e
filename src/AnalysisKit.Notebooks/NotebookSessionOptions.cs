using System.Globalization;
using System.Reflection;

namespace AnalysisKit.Notebooks;

/// <summary>How cells are compiled and run: references, usings, culture and time limits.</summary>
public sealed class NotebookSessionOptions
{
    /// <summary>
    /// Assemblies every cell can use without <c>#r</c>: AnalysisKit, Microsoft.Data.Analysis, Deedle, Plotly.NET,
    /// Plotly.NET.CSharp, MathNet.Numerics and FSharp.Core (needed by Plotly.NET's types).
    /// </summary>
    public static IReadOnlyList<Assembly> DefaultReferences { get; } =
    [
        typeof(object).Assembly,
        typeof(Enumerable).Assembly,
        typeof(Console).Assembly,
        typeof(System.Collections.Generic.List<>).Assembly,
        typeof(System.Text.Json.JsonSerializer).Assembly,
        typeof(AnalysisKit.Geography.GeographyLevel).Assembly,
        typeof(Microsoft.Data.Analysis.DataFrame).Assembly,
        typeof(Deedle.Frame).Assembly,
        typeof(Plotly.NET.GenericChart).Assembly,
        typeof(Plotly.NET.CSharp.Chart).Assembly,
        typeof(MathNet.Numerics.Statistics.Statistics).Assembly,
        typeof(Microsoft.FSharp.Core.FSharpFunc<,>).Assembly,
        typeof(NotebookGlobals).Assembly,
    ];

    /// <summary>
    /// Namespaces imported in every cell. Plotly namespaces are left to the notebook, because <c>Plotly.NET</c> and
    /// <c>Plotly.NET.CSharp</c> both define <c>Chart</c>.
    /// </summary>
    public static IReadOnlyList<string> DefaultImports { get; } =
    [
        "System", "System.Collections.Generic", "System.Globalization", "System.IO", "System.Linq", "System.Text",
        "System.Threading", "System.Threading.Tasks", "Microsoft.Data.Analysis", "AnalysisKit.Notebooks",
    ];

    /// <summary>Assemblies referenced by every cell; defaults to <see cref="DefaultReferences"/>.</summary>
    public IReadOnlyList<Assembly> References { get; init; } = DefaultReferences;

    /// <summary>Namespaces imported by every cell; defaults to <see cref="DefaultImports"/>.</summary>
    public IReadOnlyList<string> Imports { get; init; } = DefaultImports;

    /// <summary>
    /// Culture the cells run and are formatted in. Invariant by default so the same notebook gives the same bytes on
    /// every machine.
    /// </summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Time limit for running one cell (compilation is not counted); null for none. Must be positive.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>How long a timed-out cell is given to stop after its token is cancelled before it is abandoned.</summary>
    public TimeSpan CancellationGrace { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Also give charts as <c>application/vnd.plotly.v1+json</c>, which JupyterLab and VS Code render natively (the
    /// Jupyter kernel sets it). Off by default so stored notebooks keep one HTML representation per chart.
    /// </summary>
    public bool PlotlyMimeBundle { get; init; }

    /// <summary>The default for <see cref="StreamLimit"/>: two million characters (about 2 MB of text) per cell.</summary>
    public const long DefaultStreamLimit = 2_000_000;

    /// <summary>
    /// Console text (stdout and stderr together) kept per cell, in characters; what a cell writes beyond it is counted,
    /// not kept, and a note on stderr says how much was cut. The same for <c>akit run</c>/<c>batch</c>/<c>test</c> and the
    /// Jupyter kernel, so a runaway loop cannot fill memory, the client or the stored notebook. Must be positive.
    /// </summary>
    public long StreamLimit { get; init; } = DefaultStreamLimit;

    /// <summary>Folder that relative <c>#r</c> paths are resolved against (the notebook's folder); null for the current one.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>The local NuGet package folder for <c>#r "nuget: …"</c>; defaults to <c>NUGET_PACKAGES</c> or <c>~/.nuget/packages</c>.</summary>
    public string? NuGetPackagesFolder { get; init; }
}
