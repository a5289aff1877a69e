using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit run nb.ipynb -p cluster=S12345 -o executed.ipynb [--html out.html]</c>: runs a notebook headless with
/// papermill semantics and writes the executed notebook atomically, also when a cell fails (exit code 1, naming the
/// cell and line). <c>--isolate</c> runs it in a worker process that is killed if it overruns its time limit. Tabular
/// outputs pass disclosure control unless <c>--internal-use-only "reason"</c> or the notebook's metadata opts out.
/// </summary>
public sealed class RunCommand : ICommandFactory
{
    /// <summary>Exit code when the notebook ran and a cell failed.</summary>
    public const int NotebookFailed = 1;

    /// <summary>Exit code for a usage or file problem (bad parameter, unreadable notebook).</summary>
    public const int UsageError = 2;

    /// <summary>The line prefix a worker writes to standard error before each cell, read by the parent.</summary>
    internal const string WorkerCellMarker = "##akit-cell ";

    /// <summary>Seconds the parent waits past the notebook time limit before it kills an isolated worker.</summary>
    internal const double IsolationGraceSeconds = 5;

    /// <inheritdoc />
    public Command Create()
    {
        var notebook = new Argument<FileInfo>("notebook") { Description = "The .ipynb or .dib notebook to run." };
        var parameters = ParameterOption();
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the executed notebook (default: <name>.executed.ipynb beside it)." };
        var html = new Option<FileInfo?>("--html") { Description = "Also write a self-contained HTML page (plotly.js embedded once)." };
        var cellTimeout = CellTimeoutOption();
        var timeout = TimeoutOption();
        var isolate = new Option<bool>("--isolate") { Description = "Run in a separate worker process that is killed if it overruns --timeout." };
        var timings = new Option<bool>("--timings") { Description = "Print each cell's time to standard error." };
        var worker = new Option<bool>("--worker") { Hidden = true };
        var internalUseOnly = InternalUseOnlyOption();

        var command = new Command("run", "Run a notebook headless with parameters (papermill semantics) and write the executed notebook.")
        {
            notebook, parameters, output, html, cellTimeout, timeout, isolate, timings, internalUseOnly, worker,
        };
        command.SetAction(parse =>
        {
            var request = new RunRequest(
                parse.GetRequiredValue(notebook),
                parse.GetValue(parameters) ?? [],
                parse.GetValue(output),
                parse.GetValue(html),
                Seconds(parse.GetValue(cellTimeout)),
                Seconds(parse.GetValue(timeout)),
                parse.GetValue(timings),
                parse.GetValue(worker),
                parse.GetValue(internalUseOnly));
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            return parse.GetValue(isolate) ? RunIsolated(request, stdout, stderr) : Run(request, stdout, stderr);
        });
        return command;
    }

    internal static Option<string[]> ParameterOption() => new("--parameter", "-p")
    {
        Description = "A parameter name=value, typed as int, double, bool, date (yyyy-MM-dd) or string (quote to force a string). Repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    internal static Option<string?> InternalUseOnlyOption() => new("--internal-use-only")
    {
        Description = "Do not check outputs with disclosure control, giving the reason (e.g. \"QA of the March extract\"): for work that stays on your " +
                      "machine only. Recorded in the executed notebook's metadata and shown at the top of the HTML page.",
    };

    /// <summary>
    /// The disclosure control the command asks the runner for (checked, unless <c>--internal-use-only</c> gives a
    /// reason), and the notice to print when the run will not check outputs (the command or the notebook opts out).
    /// Throws ArgumentException for an empty reason and NotebookFormatException for a notebook flag that is no reason.
    /// </summary>
    internal static (DisclosureControl Requested, string? Notice) Disclosure(Notebook notebook, string? internalUseOnly)
    {
        if (internalUseOnly is not null && string.IsNullOrWhiteSpace(internalUseOnly))
        {
            throw new ArgumentException(RunMessages.InternalUseOnlyEmpty);
        }

        var requested = internalUseOnly is null ? DisclosureControl.Default : DisclosureControl.InternalUseOnly(internalUseOnly);
        var (control, setBy) = NotebookDisclosure.Resolve(notebook, requested);
        return (requested, control.OptOutReason is { } reason ? NotebookMessages.InternalUseOnlyBanner(reason, setBy!) : null);
    }

    internal static Option<double?> CellTimeoutOption() => new("--cell-timeout") { Description = "Time limit in seconds for each cell." };

    internal static Option<double?> TimeoutOption() => new("--timeout") { Description = "Time limit in seconds for the whole notebook." };

    internal static TimeSpan? Seconds(double? seconds) => seconds is null ? null : TimeSpan.FromSeconds(seconds.Value);

    /// <summary>Runs the notebook in this process; returns the exit code.</summary>
    internal static int Run(RunRequest request, TextWriter stdout, TextWriter stderr)
    {
        Notebook notebook;
        IReadOnlyList<NotebookParameter> parameters;
        NotebookEngine engine;
        DisclosureControl disclosure;
        try
        {
            engine = CreateEngine(request.Notebook, request.CellTimeout);
            engine.WarmUp();
            parameters = request.Parameters.Select(NotebookParameter.Parse).ToList();
            notebook = NotebookFile.Load(request.Notebook.FullName);
            (disclosure, var notice) = Disclosure(notebook, request.InternalUseOnly);
            if (notice is not null)
            {
                stderr.WriteLine($"{request.Notebook.Name}: {notice}");
            }
        }
        catch (Exception ex) when (ex is FormatException or IOException or NotebookFormatException or ArgumentException)
        {
            stderr.WriteLine(ex.Message);
            return UsageError;
        }

        var outputPath = OutputPath(request);
        TimeSpan? firstCellDone = null;
        var result = InNotebookFolder(request.Notebook, () => new NotebookRunner(engine).Run(notebook, new NotebookRunOptions
        {
            Parameters = parameters,
            NotebookTimeout = request.Timeout,
            Disclosure = disclosure,
            CellStarting = cell =>
            {
                if (request.Worker)
                {
                    stderr.WriteLine(WorkerCellMarker + cell.ToString(CultureInfo.InvariantCulture));
                }
            },
            CellFinished = cell => firstCellDone ??= DateTime.Now - Process.GetCurrentProcess().StartTime,
        }));
        foreach (var note in result.Notes)
        {
            stderr.WriteLine(note);
        }

        if (!disclosure.IsInternalUseOnly && result.InternalUseOnlyNotice is { } optedOut)
        {
            stderr.WriteLine($"{request.Notebook.Name}: {optedOut}"); // a cell's #!internal-use-only opted the run out part way
        }

        if (request.Timings)
        {
            foreach (var cell in result.Cells)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cell {cell.CellNumber}: {cell.Elapsed.TotalMilliseconds:0} ms"));
            }

            if (firstCellDone is { } done)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first cell done {done.TotalMilliseconds:0} ms after process start"));
            }
        }

        Save(result.Notebook, outputPath, request.Html, request.Notebook.Name);
        if (result.Error is { } error)
        {
            stderr.WriteLine(CliMessages(request.Notebook.Name, error, outputPath));
            return NotebookFailed;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{request.Notebook.Name}: {result.Cells.Count} cells ran in {result.Elapsed.TotalSeconds:0.00} s → {outputPath}"));
        return 0;
    }

    internal static NotebookEngine CreateEngine(FileInfo notebook, TimeSpan? cellTimeout) =>
        new(new NotebookSessionOptions { BaseDirectory = notebook.DirectoryName, CellTimeout = cellTimeout });

    /// <summary>
    /// Runs <paramref name="run"/> with the current folder set to the notebook's, as papermill and VS Code do, so
    /// relative paths in the notebook work the same headless.
    /// </summary>
    internal static T InNotebookFolder<T>(FileInfo notebook, Func<T> run)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = notebook.DirectoryName!;
        try
        {
            return run();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    internal static void Save(Notebook notebook, string outputPath, FileInfo? html, string title)
    {
        NotebookFile.SaveAtomic(notebook, outputPath);
        if (html is not null)
        {
            NotebookFile.WriteTextAtomic(html.FullName, NotebookHtmlExporter.Export(notebook, title));
        }
    }

    internal static string CliMessages(string notebookName, CellError error, string outputPath) =>
        $"{notebookName}: failed at {error} (executed notebook with the error marked: {outputPath})";

    private static string OutputPath(RunRequest request) =>
        request.Output?.FullName
        ?? Path.Combine(request.Notebook.DirectoryName!, Path.GetFileNameWithoutExtension(request.Notebook.Name) + ".executed.ipynb");

    /// <summary>
    /// Runs the notebook in a worker process (this same command with <c>--worker</c>). If the worker overruns the
    /// notebook time limit it is killed — the only way to stop code that ignores cancellation — and the notebook is
    /// written with the error marked on the cell that was running.
    /// </summary>
    private static int RunIsolated(RunRequest request, TextWriter stdout, TextWriter stderr)
    {
        var akit = typeof(RunCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(akit);
        foreach (var argument in WorkerArguments(request))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the worker process");
        var runningCell = 0;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            if (e.Data.StartsWith(WorkerCellMarker, StringComparison.Ordinal))
            {
                runningCell = int.Parse(e.Data.AsSpan(WorkerCellMarker.Length), CultureInfo.InvariantCulture);
            }
            else
            {
                lock (stderr)
                {
                    stderr.WriteLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stdout)
                {
                    stdout.WriteLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var limit = request.Timeout is { } timeout ? timeout + TimeSpan.FromSeconds(IsolationGraceSeconds) : Timeout.InfiniteTimeSpan;
        if (process.WaitForExit(limit))
        {
            process.WaitForExit();
            return process.ExitCode;
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        var notebook = NotebookFile.Load(request.Notebook.FullName);
        var error = new CellError(CellErrorKind.Timeout, runningCell, null, null, "TimeoutError", RunMessages.WorkerKilled(limit));
        if (runningCell >= 1 && runningCell <= notebook.Cells.Count)
        {
            notebook.Cells[runningCell - 1].SetOutputs([NotebookSession.ErrorOutput(error)]);
        }

        var outputPath = OutputPath(request);
        Save(notebook, outputPath, request.Html, request.Notebook.Name);
        stderr.WriteLine(CliMessages(request.Notebook.Name, error, outputPath));
        return NotebookFailed;
    }

    private static IEnumerable<string> WorkerArguments(RunRequest request)
    {
        yield return "run";
        yield return request.Notebook.FullName;
        foreach (var parameter in request.Parameters)
        {
            yield return "-p";
            yield return parameter;
        }

        yield return "-o";
        yield return OutputPath(request);
        if (request.Html is not null)
        {
            yield return "--html";
            yield return request.Html.FullName;
        }

        if (request.CellTimeout is { } cellTimeout)
        {
            yield return "--cell-timeout";
            yield return cellTimeout.TotalSeconds.ToString("R", CultureInfo.InvariantCulture);
        }

        if (request.Timeout is { } timeout)
        {
            yield return "--timeout";
            yield return timeout.TotalSeconds.ToString("R", CultureInfo.InvariantCulture);
        }

        if (request.Timings)
        {
            yield return "--timings";
        }

        if (request.InternalUseOnly is { } reason)
        {
            yield return "--internal-use-only";
            yield return reason;
        }

        yield return "--worker";
    }

    /// <summary>What <c>akit run</c> was asked to do.</summary>
    internal sealed record RunRequest(
        FileInfo Notebook,
        IReadOnlyList<string> Parameters,
        FileInfo? Output,
        FileInfo? Html,
        TimeSpan? CellTimeout,
        TimeSpan? Timeout,
        bool Timings = false,
        bool Worker = false,
        string? InternalUseOnly = null);
}
