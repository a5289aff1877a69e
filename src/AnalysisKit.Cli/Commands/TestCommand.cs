using System.CommandLine;
using System.Globalization;
using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit test notebooks/</c>: runs every notebook and compares its outputs with the outputs stored in it, nbval
/// style (volatile parts sanitised; <c>nbval-skip</c>, <c>nbval-ignore-output</c> and <c>raises-exception</c> tags
/// honoured), printing a diff for each difference. Exit code 1 if any notebook differs or fails.
/// </summary>
public sealed class TestCommand : ICommandFactory
{
    /// <summary>Default time limit for one notebook under test, in seconds.</summary>
    public const double DefaultTimeoutSeconds = 600;

    /// <inheritdoc />
    public Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Notebooks or folders (searched recursively for *.ipynb).", Arity = ArgumentArity.OneOrMore };
        var update = new Option<bool>("--update") { Description = "Write this run's outputs into the notebooks instead of comparing (review the diff before committing)." };
        var timeout = RunCommand.TimeoutOption();
        var command = new Command("test", "Run notebooks and compare their outputs with the stored outputs (regression test).") { paths, update, timeout };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(paths),
            parse.GetValue(update),
            TimeSpan.FromSeconds(parse.GetValue(timeout) ?? DefaultTimeoutSeconds),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Every notebook under <paramref name="paths"/>, in ordinal order; checkpoint folders are left out.</summary>
    internal static IReadOnlyList<string> FindNotebooks(IEnumerable<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*.ipynb", SearchOption.AllDirectories)
                    .Where(f => !f.Contains(".ipynb_checkpoints", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.'))
                : [p])
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    /// <summary>Tests one notebook; returns null when it matches, else the report to print.</summary>
    internal static string? TestOne(string path, bool update, TimeSpan timeout)
    {
        var file = new FileInfo(path);
        var stored = NotebookFile.Load(path);
        var engine = RunCommand.CreateEngine(file, cellTimeout: null);
        var result = RunCommand.InNotebookFolder(file, () => new NotebookRunner(engine).Run(stored, new NotebookRunOptions
        {
            NotebookTimeout = timeout,
            SkipNbvalSkipCells = true,
        }));
        if (update)
        {
            NotebookFile.SaveAtomic(result.Notebook, path);
            return result.Error is null ? null : $"{file.Name}: updated, but the run failed at {result.Error}\n";
        }

        var differences = NotebookComparison.Compare(stored, result.Notebook, OutputSanitizer.DefaultFolders(path));
        if (result.Error is null && differences.Count == 0)
        {
            return null;
        }

        var report = new System.Text.StringBuilder($"FAIL {file.Name}\n");
        if (result.Error is { } error)
        {
            report.Append("  run failed at ").Append(error).Append('\n');
        }

        foreach (var difference in differences)
        {
            report.Append(difference.Describe());
        }

        return report.ToString();
    }

    private static int Run(string[] paths, bool update, TimeSpan timeout, TextWriter stdout, TextWriter stderr)
    {
        var notebooks = FindNotebooks(paths);
        if (notebooks.Count == 0)
        {
            stderr.WriteLine(RunMessages.NoNotebooks(string.Join(", ", paths)));
            return RunCommand.UsageError;
        }

        var failed = 0;
        var skipped = 0;
        foreach (var notebook in notebooks)
        {
            string? report;
            try
            {
                var missing = NotebookRequirements.Missing(NotebookFile.Load(notebook), notebook);
                if (missing.Count > 0)
                {
                    skipped++;
                    stdout.WriteLine(NotebookRequirements.Skipped(Path.GetFileName(notebook), missing));
                    continue;
                }

                report = TestOne(notebook, update, timeout);
            }
            catch (Exception ex) when (ex is IOException or NotebookFormatException or ArgumentException)
            {
                report = $"FAIL {Path.GetFileName(notebook)}\n  {ex.Message}\n";
            }

            if (report is null)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(update ? "UPDATED" : "PASS")} {Path.GetFileName(notebook)}"));
            }
            else
            {
                failed++;
                stdout.Write(report);
            }
        }

        stdout.WriteLine(RunMessages.TestSummary(notebooks.Count, failed, skipped));
        return failed == 0 ? 0 : RunCommand.NotebookFailed;
    }
}
