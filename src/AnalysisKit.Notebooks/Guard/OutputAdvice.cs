namespace AnalysisKit.Notebooks.Guard;

/// <summary>What the refusal of an output tells the analyst to do, by the kind of output.</summary>
internal enum OutputAdvice
{
    /// <summary>A table: show the suppressed table, or declare label columns with the reason.</summary>
    Table,

    /// <summary>Text shown with display or as a value: suppressed or banded figures, or the text as a label with the reason.</summary>
    Text,

    /// <summary>Console text: Console.WriteLine cannot carry a reason, so show a label with display.</summary>
    Console,

    /// <summary>A chart: draw it from suppressed counts.</summary>
    Chart,

    /// <summary>An exception's message: it is withheld.</summary>
    Error,
}
