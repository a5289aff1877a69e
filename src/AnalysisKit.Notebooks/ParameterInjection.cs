namespace AnalysisKit.Notebooks;

/// <summary>
/// papermill's parameter injection: a cell tagged <c>injected-parameters</c> goes right after the cell tagged
/// <c>parameters</c> (or first when there is none), replacing the one a previous run left.
/// </summary>
public static class ParameterInjection
{
    /// <summary>The tag of the cell holding the defaults.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell the runner writes.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>
    /// Removes any earlier injected cell and, when <paramref name="parameters"/> is not empty, inserts a new one.
    /// Returns the index of the injected cell, or null when none was inserted. <paramref name="noParametersCell"/>
    /// is true when there was no <c>parameters</c> cell to put it after.
    /// </summary>
    public static int? Inject(Notebook notebook, IReadOnlyList<NotebookParameter> parameters, out bool noParametersCell)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(parameters);
        for (var i = notebook.Cells.Count - 1; i >= 0; i--)
        {
            if (notebook.Cells[i].HasTag(InjectedTag))
            {
                notebook.RemoveAt(i);
            }
        }

        var defaults = notebook.Cells.ToList().FindIndex(c => c.IsCode && c.HasTag(ParametersTag));
        noParametersCell = defaults < 0;
        if (parameters.Count == 0)
        {
            return null;
        }

        var source = "// Parameters\n" + string.Join("\n", parameters.Select(p => p.DeclarationShown));
        var cell = NotebookCell.NewCode(source, InjectedTag);
        var index = defaults + 1;
        notebook.Insert(index, cell);
        return index;
    }

    /// <summary>The code executed for the injected cell (see <see cref="NotebookParameter.DeclarationExecuted"/>).</summary>
    public static string ExecutedSource(IReadOnlyList<NotebookParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return "// Parameters\n" + string.Join("\n", parameters.Select(p => p.DeclarationExecuted));
    }

}
