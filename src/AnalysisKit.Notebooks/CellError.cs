using System.Globalization;

namespace AnalysisKit.Notebooks;

/// <summary>Where and why a cell failed: the cell number (1-based, counting every cell of the notebook), line and message.</summary>
public sealed record CellError(CellErrorKind Kind, int CellNumber, int? Line, int? Column, string Name, string Message)
{
    /// <summary>
    /// The lines Jupyter shows for the error (its traceback): for an exception, its type and message, the frames in the
    /// notebook's cells with cell and line, and each inner exception the same way. Empty for errors that are only a
    /// message (compilation, time limits, disclosure), which show <see cref="ToString"/>.
    /// </summary>
    public IReadOnlyList<string> Traceback { get; init; } = [];

    /// <summary>"cell 3, line 2: message" — the form used in error outputs and command-line messages.</summary>
    public override string ToString()
    {
        var where = Line is null
            ? string.Create(CultureInfo.InvariantCulture, $"cell {CellNumber}")
            : string.Create(CultureInfo.InvariantCulture, $"cell {CellNumber}, line {Line}");
        return $"{where}: {Message}";
    }
}
