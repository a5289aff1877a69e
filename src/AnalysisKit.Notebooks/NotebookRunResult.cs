using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks;

/// <summary>What running a notebook produced: the executed notebook, each cell's result and the first failure.</summary>
public sealed class NotebookRunResult
{
    internal NotebookRunResult(Notebook notebook, IReadOnlyList<CellResult> cells, CellError? error, TimeSpan elapsed, IReadOnlyList<string> notes, DisclosureControl disclosure)
    {
        Disclosure = disclosure;
        Notebook = notebook;
        Cells = cells;
        Error = error;
        Elapsed = elapsed;
        Notes = notes;
    }

    /// <summary>The notebook with outputs and execution counts filled in (and the failing cell's error output).</summary>
    public Notebook Notebook { get; }

    /// <summary>The result of each code cell that ran, in order.</summary>
    public IReadOnlyList<CellResult> Cells { get; }

    /// <summary>The failure that stopped the run (an error in a cell not tagged <c>raises-exception</c>), or null.</summary>
    public CellError? Error { get; }

    /// <summary>True when every cell ran as expected.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Wall-clock time of the whole run.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The disclosure control the outputs passed, or the opt-out (with its reason) when they were not checked.</summary>
    public DisclosureControl Disclosure { get; }

    /// <summary>
    /// The notice to show when the outputs were not checked (internal use only, with the reason and who said so), or
    /// null when they passed disclosure control.
    /// </summary>
    public string? InternalUseOnlyNotice => NotebookDisclosure.InternalUseOnlyNotice(Notebook);

    /// <summary>Remarks for the reader (e.g. no <c>parameters</c> cell was found).</summary>
    public IReadOnlyList<string> Notes { get; }
}
