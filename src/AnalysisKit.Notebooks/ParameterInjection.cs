using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnalysisKit.Notebooks;

/// <summary>
/// papermill's parameter injection: a cell tagged <c>injected-parameters</c> goes right after the cell tagged
/// <c>parameters</c> (or first when there is none), replacing the one a previous run left.
/// </summary>
public static class ParameterInjection
{
    /// <summary>The tag of the cell holding the defaults.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell the runner writes, and the id it is given in an nbformat 4.5 notebook.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>
    /// Removes any earlier injected cell and, when <paramref name="parameters"/> is not empty, inserts a new one (a C#
    /// cell with VS Code's and Polyglot's metadata and, in an nbformat 4.5 notebook, the id <c>injected-parameters</c>).
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

        var defaults = ParametersCellIndex(notebook);
        noParametersCell = defaults < 0;
        if (parameters.Count == 0)
        {
            return null;
        }

        var source = "// Parameters\n" + string.Join("\n", parameters.Select(p => p.DeclarationShown));
        var cell = NotebookCell.NewCode(source, InjectedTag);
        if (notebook.FormatMinor >= Notebook.CellIdsMinor)
        {
            cell.SetId(notebook.UniqueCellId(InjectedTag));
        }

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

    /// <summary>
    /// The variables the notebook's <c>parameters</c> cell declares (<c>var cluster = "GPC082";</c> declares
    /// <c>cluster</c>), in order; null when the notebook has no parameters cell. A <c>-p</c> name that is not among them
    /// is most likely a typo (papermill warns "Passed unknown parameter").
    /// </summary>
    public static IReadOnlyList<string>? DeclaredParameters(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var index = ParametersCellIndex(notebook);
        if (index < 0)
        {
            return null;
        }

        var tree = CSharpSyntaxTree.ParseText(notebook.Cells[index].Source, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
        return tree.GetCompilationUnitRoot().Members
            .SelectMany(member => member switch
            {
                GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration.Variables,
                FieldDeclarationSyntax field => field.Declaration.Variables,
                _ => default(SeparatedSyntaxList<VariableDeclaratorSyntax>),
            })
            .Select(v => v.Identifier.ValueText)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static int ParametersCellIndex(Notebook notebook) =>
        notebook.Cells.ToList().FindIndex(c => c.IsCode && c.HasTag(ParametersTag));
}
