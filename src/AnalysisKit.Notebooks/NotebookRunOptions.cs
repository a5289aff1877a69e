using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks;

/// <summary>How a whole notebook is run: parameters, time limit, which tags are honoured, progress reporting.</summary>
public sealed class NotebookRunOptions
{
    /// <summary>Parameters to inject after the <c>parameters</c> cell; empty runs the defaults.</summary>
    public IReadOnlyList<NotebookParameter> Parameters { get; init; } = [];

    /// <summary>
    /// Disclosure control for the stored outputs: tabular values shown by cells are refused when they would show an
    /// unsuppressed small count or a CHI-like number. Defaults to <see cref="DisclosureControl.Default"/> (PHS practice
    /// policy); <see cref="DisclosureControl.InternalUseOnly"/> opts out with a reason, as does the notebook's own
    /// <c>"akit": {"internal_use_only": "reason"}</c> metadata (see <see cref="NotebookDisclosure"/>).
    /// </summary>
    public DisclosureControl Disclosure { get; init; } = DisclosureControl.Default;

    /// <summary>Time limit for the whole notebook; null for none. Must be positive.</summary>
    public TimeSpan? NotebookTimeout { get; init; }

    /// <summary>Skip cells tagged <c>nbval-skip</c> (regression testing) instead of running them.</summary>
    public bool SkipNbvalSkipCells { get; init; }

    /// <summary>Called before each code cell runs with its 1-based cell number (e.g. to report progress to a parent process).</summary>
    public Action<int>? CellStarting { get; init; }

    /// <summary>Called after each code cell with its result (e.g. to time the first cell of a cold process).</summary>
    public Action<CellResult>? CellFinished { get; init; }
}
