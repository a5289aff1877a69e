namespace AnalysisKit.Notebooks;

/// <summary>How a whole notebook is run: parameters, time limit, which tags are honoured, progress reporting.</summary>
public sealed class NotebookRunOptions
{
    /// <summary>Parameters to inject after the <c>parameters</c> cell; empty runs the defaults.</summary>
    public IReadOnlyList<NotebookParameter> Parameters { get; init; } = [];

    /// <summary>Time limit for the whole notebook; null for none. Must be positive.</summary>
    public TimeSpan? NotebookTimeout { get; init; }

    /// <summary>Skip cells tagged <c>nbval-skip</c> (regression testing) instead of running them.</summary>
    public bool SkipNbvalSkipCells { get; init; }

    /// <summary>Called before each code cell runs with its 1-based cell number (e.g. to report progress to a parent process).</summary>
    public Action<int>? CellStarting { get; init; }

    /// <summary>Called after each code cell with its result (e.g. to time the first cell of a cold process).</summary>
    public Action<CellResult>? CellFinished { get; init; }
}
