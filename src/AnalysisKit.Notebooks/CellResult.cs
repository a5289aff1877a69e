namespace AnalysisKit.Notebooks;

/// <summary>What running one cell produced: its outputs in order, its execution count and, if it failed, the error.</summary>
public sealed class CellResult
{
    internal CellResult(int cellNumber, int executionCount, IReadOnlyList<CellOutput> outputs, CellError? error, TimeSpan elapsed)
    {
        CellNumber = cellNumber;
        ExecutionCount = executionCount;
        Outputs = outputs;
        Error = error;
        Elapsed = elapsed;
    }

    /// <summary>The cell's number as given to <see cref="NotebookSession.Execute"/>.</summary>
    public int CellNumber { get; }

    /// <summary>The session's execution counter for this cell (1 for the first cell run).</summary>
    public int ExecutionCount { get; }

    /// <summary>Stream, display, result and error outputs in the order they happened.</summary>
    public IReadOnlyList<CellOutput> Outputs { get; }

    /// <summary>The failure, or null when the cell ran to completion.</summary>
    public CellError? Error { get; }

    /// <summary>True when the cell compiled and ran without an exception.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Wall-clock time for compiling (when not cached) and running the cell.</summary>
    public TimeSpan Elapsed { get; }
}
