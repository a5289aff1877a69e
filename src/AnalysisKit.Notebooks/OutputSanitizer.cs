using System.Text.RegularExpressions;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Replaces the volatile parts of outputs before stored and fresh outputs are compared, as nbval does with regexes:
/// GUIDs and random element ids, timestamps, absolute paths of the machine, and an embedded plotly.js bundle.
/// </summary>
public static partial class OutputSanitizer
{
    /// <summary>
    /// <paramref name="text"/> with volatile parts replaced by placeholders (<c>&lt;GUID&gt;</c>, <c>&lt;TIMESTAMP&gt;</c>,
    /// <c>&lt;PATH&gt;</c>, <c>&lt;PLOTLY.JS&gt;</c>). <paramref name="folders"/> are absolute folders to hide
    /// (the notebook's folder, the repository, home, temp); longer ones are replaced first.
    /// </summary>
    public static string Sanitize(string text, IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folders);
        text = PlotlyBundle().Replace(text, "<PLOTLY.JS></script>");
        foreach (var folder in folders.Where(f => f.Length > 1).Select(f => f.TrimEnd('/', '\\')).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length))
        {
            text = text.Replace(folder, "<PATH>", StringComparison.Ordinal);
        }

        text = Guid().Replace(text, "<GUID>");
        text = Timestamp().Replace(text, "<TIMESTAMP>");
        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The folders hidden by default: the notebook's folder, the current folder, home and temp.</summary>
    public static IReadOnlyList<string> DefaultFolders(string notebookPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(notebookPath);
        return
        [
            Path.GetDirectoryName(Path.GetFullPath(notebookPath))!,
            Environment.CurrentDirectory,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            Path.GetTempPath(),
        ];
    }

    [GeneratedRegex(@"/\*! For license information please see plotly\.min\.js\.LICENSE\.txt \*/.*?</script>", RegexOptions.Singleline)]
    private static partial Regex PlotlyBundle();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?")]
    private static partial Regex Timestamp();
}
