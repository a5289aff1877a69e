using System.Text;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Compares a notebook's stored outputs with a fresh run, nbval style: execution counts and metadata are ignored,
/// volatile text is sanitised, cells tagged <c>nbval-skip</c> or <c>nbval-ignore-output</c> are not compared, and a
/// cell tagged <c>raises-exception</c> must fail. Errors compare by name and message, not traceback.
/// </summary>
public static class NotebookComparison
{
    /// <summary>The nbval tag for a cell that runs but whose outputs are not compared.</summary>
    public const string IgnoreOutputTag = "nbval-ignore-output";

    /// <summary>
    /// The differences between <paramref name="stored"/> and <paramref name="fresh"/> (a run of the same notebook
    /// without injected parameters, so cells line up), with <paramref name="folders"/> hidden as in
    /// <see cref="OutputSanitizer.Sanitize"/>.
    /// </summary>
    public static IReadOnlyList<OutputDifference> Compare(Notebook stored, Notebook fresh, IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(fresh);
        var hidden = folders.ToList();
        if (stored.Cells.Count != fresh.Cells.Count)
        {
            throw new ArgumentException(NotebookMessages.CellCountsDiffer(stored.Cells.Count, fresh.Cells.Count), nameof(fresh));
        }

        var differences = new List<OutputDifference>();
        for (var i = 0; i < stored.Cells.Count; i++)
        {
            var cell = stored.Cells[i];
            if (!cell.IsCode || cell.HasTag(NotebookRunner.SkipTag))
            {
                continue;
            }

            var freshOutputs = fresh.Cells[i].Outputs.OfType<JsonObject>().Select(CellOutput.FromJson).ToList();
            if (cell.HasTag(NotebookRunner.RaisesExceptionTag) && freshOutputs.All(o => o.Kind != CellOutputKind.Error))
            {
                differences.Add(new OutputDifference(i + 1, "an error (cell tagged raises-exception)", NotebookMessages.ExpectedException));
                continue;
            }

            if (cell.HasTag(IgnoreOutputTag))
            {
                continue;
            }

            var expected = Canonical(cell.Outputs.OfType<JsonObject>().Select(CellOutput.FromJson), hidden);
            var actual = Canonical(freshOutputs, hidden);
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                differences.Add(new OutputDifference(i + 1, expected, actual));
            }
        }

        return differences;
    }

    /// <summary>The outputs as comparable text: adjacent streams of one name merged, MIME bundles in order.</summary>
    public static string Canonical(IEnumerable<CellOutput> outputs, IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var text = new StringBuilder();
        string? openStream = null;
        foreach (var output in outputs)
        {
            if (output.Kind == CellOutputKind.Stream)
            {
                if (!string.Equals(openStream, output.StreamName, StringComparison.Ordinal))
                {
                    text.Append("[").Append(output.StreamName).Append("]\n");
                    openStream = output.StreamName;
                }

                text.Append(OutputSanitizer.Sanitize(output.Text ?? string.Empty, folders));
                continue;
            }

            openStream = null;
            if (output.Kind == CellOutputKind.Error)
            {
                text.Append("[error] ").Append(output.ErrorName).Append(": ").Append(OutputSanitizer.Sanitize(output.ErrorValue ?? string.Empty, folders)).Append('\n');
                continue;
            }

            foreach (var (mime, content) in output.Data)
            {
                text.Append('[').Append(output.Kind == CellOutputKind.ExecuteResult ? "result " : "display ").Append(mime).Append("]\n")
                    .Append(OutputSanitizer.Sanitize(content, folders)).Append('\n');
            }
        }

        return text.ToString();
    }
}
