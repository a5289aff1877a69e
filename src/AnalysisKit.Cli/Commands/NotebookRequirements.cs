using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// What a notebook needs beside the repository before it can run: the folders or files listed in its metadata,
/// <c>"akit": {"requires": ["../../shared/open-data/scot-qof-isd-2009-2016"]}</c>, relative to the notebook's folder
/// (third-party data that is never committed). <c>akit test</c> reports a notebook whose requirement is absent as
/// skipped, naming what is missing, instead of running it and calling it passed.
/// </summary>
public static class NotebookRequirements
{
    /// <summary>The key under <c>metadata.akit</c>.</summary>
    public const string Key = "requires";

    /// <summary>The required paths that are absent, as the notebook wrote them (empty when it can run).</summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="path">Its file, whose folder relative paths resolve against.</param>
    public static IReadOnlyList<string> Missing(Notebook notebook, string path)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var list = notebook.Json["metadata"]?[NotebookMessages.MetadataKey]?[Key]?.AsArray();
        if (list is null)
        {
            return [];
        }

        return list.Select(item => (string?)item ?? "").Where(p => p.Length > 0)
            .Where(p => !File.Exists(Path.Combine(folder, p)) && !Directory.Exists(Path.Combine(folder, p))).ToList();
    }

    /// <summary>The line <c>akit test</c> prints for a skipped notebook.</summary>
    /// <param name="notebook">The notebook's file name.</param>
    /// <param name="missing">What is absent.</param>
    public static string Skipped(string notebook, IEnumerable<string> missing) =>
        $"SKIP {notebook}: needs {string.Join(", ", missing)}, which is absent here (third-party data, never committed); not run, not passed.";
}
