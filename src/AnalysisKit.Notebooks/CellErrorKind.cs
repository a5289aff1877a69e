namespace AnalysisKit.Notebooks;

/// <summary>Why a cell failed.</summary>
public enum CellErrorKind
{
    /// <summary>The C# did not compile; the session's state is unchanged.</summary>
    Compile,

    /// <summary>The code threw an exception; variables from earlier cells are intact.</summary>
    Runtime,

    /// <summary>The cell passed its time limit.</summary>
    Timeout,

    /// <summary>
    /// The caller interrupted the cell (a Jupyter interrupt_request): reported as ipykernel reports Ctrl+C, with the
    /// name <c>KeyboardInterrupt</c>, which Jupyter front ends show as an interrupted cell.
    /// </summary>
    Interrupted,

    /// <summary>A directive, magic command or cell language the engine does not run.</summary>
    Unsupported,

    /// <summary>
    /// An output was refused by disclosure control (an unsuppressed small count or a CHI-like number) and was not
    /// stored. A <c>raises-exception</c> tag does not excuse it.
    /// </summary>
    Disclosure,

    /// <summary>A <c>#r "nuget: …"</c> package is not in the local NuGet cache.</summary>
    Reference,
}
