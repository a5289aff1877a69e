namespace AnalysisKit.Notebooks;

/// <summary>The Jupyter output types a cell produces.</summary>
public enum CellOutputKind
{
    /// <summary>Text written to the console (<c>stdout</c> or <c>stderr</c>).</summary>
    Stream,

    /// <summary>A value shown with <c>display(x)</c>, <c>x.Display()</c> or <c>DisplayAs</c>.</summary>
    DisplayData,

    /// <summary>The value of the cell's trailing expression.</summary>
    ExecuteResult,

    /// <summary>A compile error, an exception, a timeout or an unsupported directive.</summary>
    Error,
}
