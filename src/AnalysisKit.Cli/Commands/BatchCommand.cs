using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks;
using Spectre.Console;
using Sylvan.Data.Csv;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit batch nb.ipynb --each cluster=S1,S2 --out dir/</c>: runs one notebook once per value (e.g. a briefing for
/// each of Scotland's clusters), compiling each cell once and re-running the compiled cells with new parameters.
/// Shows progress, lists failures and exits non-zero if any run failed. Tabular outputs pass disclosure control unless
/// <c>--internal-use-only "reason"</c> or the notebook's metadata opts out.
/// </summary>
public sealed class BatchCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create()
    {
        var notebook = new Argument<FileInfo>("notebook") { Description = "The .ipynb or .dib notebook to run for each value." };
        var each = new Option<string>("--each")
        {
            Description = "name=values: a comma list (cluster=S1,S2), a file of one value per line (cluster=@clusters.txt) " +
                          "or every distinct value of the column named after the parameter in a CSV (cluster=lookup:lookup.csv).",
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the executed notebooks, one per value.", Required = true };
        var parameters = RunCommand.ParameterOption();
        var html = new Option<bool>("--html") { Description = "Also write an HTML page per run." };
        var cellTimeout = RunCommand.CellTimeoutOption();
        var timeout = RunCommand.TimeoutOption();
        var internalUseOnly = RunCommand.InternalUseOnlyOption();
        var command = new Command("batch", "Run a notebook once per parameter value, compiling once, with a progress bar and a failure summary.")
        {
            notebook, each, output, parameters, html, cellTimeout, timeout, internalUseOnly,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(notebook),
            parse.GetRequiredValue(each),
            parse.GetRequiredValue(output),
            parse.GetValue(parameters) ?? [],
            parse.GetValue(html),
            RunCommand.Seconds(parse.GetValue(cellTimeout)),
            RunCommand.Seconds(parse.GetValue(timeout)),
            parse.GetValue(internalUseOnly),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The values of <c>--each</c>: <c>name=a,b</c>, <c>name=@file</c> or <c>name=lookup:file.csv</c>.</summary>
    internal static (string Name, IReadOnlyList<string> Values) ParseEach(string each, string baseDirectory)
    {
        var equals = each.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException(RunMessages.EachNotNameValues(each));
        }

        var name = each[..equals].Trim();
        var spec = each[(equals + 1)..];
        IReadOnlyList<string> values;
        if (spec.StartsWith('@'))
        {
            values = File.ReadAllLines(Path.GetFullPath(spec[1..], baseDirectory))
                .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        }
        else if (spec.StartsWith("lookup:", StringComparison.Ordinal))
        {
            values = LookupValues(Path.GetFullPath(spec["lookup:".Length..], baseDirectory), name);
        }
        else
        {
            values = spec.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        }

        if (values.Count == 0)
        {
            throw new FormatException(RunMessages.EachEmpty(name));
        }

        return (name, values);
    }

    private static List<string> LookupValues(string path, string column)
    {
        using var reader = CsvDataReader.Create(path);
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var ordinal = header.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        if (ordinal < 0)
        {
            throw new FormatException(RunMessages.LookupColumnMissing(path, column, header));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<string>();
        while (reader.Read())
        {
            var value = reader.GetString(ordinal).Trim();
            if (value.Length > 0 && seen.Add(value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static int Run(FileInfo notebookFile, string each, DirectoryInfo outputFolder, string[] fixedParameters, bool html,
        TimeSpan? cellTimeout, TimeSpan? timeout, string? internalUseOnly, TextWriter stdout, TextWriter stderr)
    {
        Notebook notebook;
        string name;
        IReadOnlyList<string> values;
        List<NotebookParameter> fixedTyped;
        DisclosureControl disclosure;
        try
        {
            notebook = NotebookFile.Load(notebookFile.FullName);
            (disclosure, var notice) = RunCommand.Disclosure(notebook, internalUseOnly);
            if (notice is not null)
            {
                stderr.WriteLine($"{notebookFile.Name}: {notice}");
            }

            (name, values) = ParseEach(each, Environment.CurrentDirectory);
            fixedTyped = fixedParameters.Select(NotebookParameter.Parse).ToList();
            _ = NotebookParameter.Parse(name + "=x"); // checks the name is a valid C# variable name before any run
            if (ParameterInjection.DeclaredParameters(notebook) is { } declared)
            {
                // Once for the batch, not once per run.
                foreach (var undeclared in fixedTyped.Select(p => p.Name).Append(name).Where(n => !declared.Contains(n, StringComparer.Ordinal)))
                {
                    stderr.WriteLine($"{notebookFile.Name}: {NotebookMessages.ParameterNotDeclared(undeclared, declared)}");
                }
            }
        }
        catch (Exception ex) when (ex is FormatException or IOException or NotebookFormatException or ArgumentException)
        {
            stderr.WriteLine(ex.Message);
            return RunCommand.UsageError;
        }

        var engine = RunCommand.CreateEngine(notebookFile, cellTimeout);
        var runner = new NotebookRunner(engine);
        var failures = new List<(string Value, CellError Error)>();
        var clock = Stopwatch.StartNew();
        var stem = Path.GetFileNameWithoutExtension(notebookFile.Name);

        (bool Ok, string Line) RunOne(string value)
        {
            var parameters = fixedTyped.Append(new NotebookParameter(name, NotebookParameter.Infer(value))).ToList();
            var started = Stopwatch.StartNew();
            var result = RunCommand.InNotebookFolder(notebookFile,
                () => runner.Run(notebook, new NotebookRunOptions { Parameters = parameters, NotebookTimeout = timeout, Disclosure = disclosure }));
            var file = Path.Combine(outputFolder.FullName, $"{stem}-{SafeFileName(value)}.ipynb");
            RunCommand.Save(result.Notebook, file, html ? new FileInfo(Path.ChangeExtension(file, ".html")) : null, $"{stem} — {name} {value}");
            if (result.Error is { } error)
            {
                failures.Add((value, error));
                if (result.Cells.Any(c => c.Error?.Kind == CellErrorKind.Timeout) && error.Message.Contains("abandoned", StringComparison.Ordinal))
                {
                    stderr.WriteLine(RunMessages.AbandonedThread(value));
                }
            }

            var status = result.Error is null ? "ok" : "FAILED " + result.Error;
            return (result.Error is null, string.Create(CultureInfo.InvariantCulture, $"{name}={value} {status} ({started.Elapsed.TotalSeconds:0.00} s)"));
        }

        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        if (interactive)
        {
            AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask(stem, maxValue: values.Count);
                    foreach (var value in values)
                    {
                        task.Description = $"{stem} {name}={Markup.Escape(value)}";
                        RunOne(value);
                        task.Increment(1);
                    }
                });
        }
        else
        {
            for (var i = 0; i < values.Count; i++)
            {
                var (_, line) = RunOne(values[i]);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{i + 1}/{values.Count}] {line}"));
            }
        }

        stdout.WriteLine(RunMessages.BatchSummary(values.Count, failures.Count, clock.Elapsed));
        foreach (var (value, error) in failures)
        {
            stderr.WriteLine($"  {name}={value}: {error}");
        }

        return failures.Count == 0 ? 0 : RunCommand.NotebookFailed;
    }

    private static string SafeFileName(string value)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(value.Select(c => invalid.Contains(c) || c == ' ' ? '_' : c).ToArray());
    }
}
