using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks.Guard;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace AnalysisKit.Notebooks;

/// <summary>
/// One notebook's running state: cells execute in order and share variables, usings and types. A cell that fails to
/// compile leaves the state as it was; a cell that throws keeps earlier variables. This is the API an interactive
/// front end (a Jupyter kernel) drives: create a session, execute cell text, get outputs back.
/// </summary>
public sealed class NotebookSession
{
    private readonly NotebookEngine engine;
    private readonly NotebookGlobals globals;
    private readonly ValueFormatter formatter;
    private readonly Dictionary<string, int> submissionCells = new(StringComparer.Ordinal);
    private Script<object>? lastScript;
    private ScriptState<object>? lastState;

    internal NotebookSession(NotebookEngine engine, IReadOnlyDictionary<string, object?> parameters, DisclosureControl? disclosure)
    {
        this.engine = engine;
        Disclosure = disclosure;
        Guard = disclosure is null ? null : new OutputGuard(disclosure);
        formatter = new ValueFormatter { PlotlyMimeBundle = engine.Options.PlotlyMimeBundle };
        globals = new NotebookGlobals(parameters);
    }

    /// <summary>The script the next cell continues (for completions and inspection by the Jupyter kernel).</summary>
    internal Script<object> CurrentScript => lastScript ?? engine.Root;

    /// <summary>
    /// Disclosure control applied to displayed and trailing values before they become outputs, or null when they are not
    /// checked (an interactive session: the outputs stay on the analyst's screen). A refused value is not output; the
    /// cell fails with a <see cref="CellErrorKind.Disclosure"/> error naming cell, column and row.
    /// </summary>
    public DisclosureControl? Disclosure { get; }

    /// <summary>
    /// The check every output of this session passes before it is kept or published (built from <see cref="Disclosure"/>;
    /// null when there is none). A cell's <c>#!internal-use-only reason</c> opts the rest of the session out through it.
    /// </summary>
    public OutputGuard? Guard { get; }

    /// <summary>
    /// The output as it may leave a live front end (the Jupyter kernel calls this before it publishes display data,
    /// results and streams): unchanged, or — if the guard refuses it — a stderr note saying what was withheld. Outputs
    /// of a checked session have already passed the same guard in the cell; this sees the exact bytes published.
    /// </summary>
    public CellOutput Publishable(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Kind == CellOutputKind.Error || Guard is null ? output : Guard.Screen(output, ExecutionCount);
    }

    /// <summary>How many cells this session has executed (the Jupyter execution counter).</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>
    /// True after a timed-out cell ignored cancellation: its thread may still be running, so the session refuses
    /// further cells. Only ending the process stops such code; use an isolated run (<c>akit run --isolate</c>).
    /// </summary>
    public bool IsFaulted { get; private set; }

    /// <summary>
    /// Compiles and runs <paramref name="code"/> as the next cell. <paramref name="cellNumber"/> (1-based position in
    /// the notebook) is what errors report; it defaults to the execution count. Never throws for problems in the
    /// cell: they come back as <see cref="CellResult.Error"/> and an error output. <paramref name="onOutput"/>, when
    /// given, receives every output as it happens, one call at a time and in order: displays at once, console text
    /// coalesced as ipykernel does (at most every 200 ms or 64 K characters, surrogate pairs kept whole, from the cell's
    /// thread or a timer thread), so an interactive front end shows a long cell's progress without a message per
    /// <c>WriteLine</c>; the result still holds the merged outputs. Console text past
    /// <see cref="NotebookSessionOptions.StreamLimit"/> is cut, with a note saying how much.
    /// </summary>
    public CellResult Execute(string code, int? cellNumber = null, CancellationToken cancellationToken = default, Action<CellOutput>? onOutput = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var count = ++ExecutionCount;
        var number = cellNumber ?? count;
        var clock = Stopwatch.StartNew();
        if (IsFaulted)
        {
            return Failed(new CellError(CellErrorKind.Timeout, number, null, null, "SessionFaulted", NotebookMessages.SessionFaulted));
        }

        var directives = CellDirectives.Process(code, number, engine.Options);
        if (directives.Error is { } directiveError)
        {
            return Failed(directiveError);
        }

        lastScript ??= engine.Root;
        var compiled = engine.Compile(lastScript, directives.Code, directives.ReferencePaths);
        if (!compiled.Errors.IsEmpty)
        {
            return Failed(CompileError(compiled.Errors, number));
        }

        using var collector = new OutputCollector(formatter)
        {
            Live = onOutput, Guard = Guard, CellNumber = number, StreamLimit = engine.Options.StreamLimit,
        };
        foreach (var note in directives.Notes)
        {
            collector.AppendStream("stderr", note + "\n");
        }

        if (directives.InternalUseOnlyReason is { } reason)
        {
            var setBy = NotebookMessages.SessionOptOutSetBy(number);
            Guard?.OptIn(reason, setBy);
            collector.Add(CellOutput.Display(
                new Dictionary<string, string>(StringComparer.Ordinal) { ["text/plain"] = NotebookMessages.SessionOptOutBanner(reason, setBy) },
                new JsonObject { [NotebookMessages.MetadataKey] = new JsonObject { [NotebookMessages.InternalUseOnlyKey] = reason, [OutputGuard.SetByKey] = setBy } }));
        }

        var timeout = engine.Options.CellTimeout ?? Timeout.InfiniteTimeSpan;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        globals.CancellationToken = cancellation.Token;
        var previous = lastState;
        UnsafeOutputException? refused = null;
        var task = Task.Run(async () =>
        {
            OutputCollector.Current = collector;
            CultureInfo.CurrentCulture = engine.Options.Culture;
            CultureInfo.CurrentUICulture = engine.Options.Culture;
            var state = previous is null
                ? await compiled.Script.RunAsync(globals, _ => true, cancellation.Token).ConfigureAwait(false)
                : await compiled.Script.RunFromAsync(previous, _ => true, cancellation.Token).ConfigureAwait(false);
            if (state.Exception is null && compiled.HasValue)
            {
                try
                {
                    collector.AddResult(state.ReturnValue, count);
                }
                catch (UnsafeOutputException e)
                {
                    refused = e;
                }
            }

            return state;
        }, CancellationToken.None);

        if (!Wait(task, timeout, cancellationToken))
        {
            cancellation.Cancel();
            var stopped = Wait(task, engine.Options.CancellationGrace, CancellationToken.None);
            if (!stopped)
            {
                IsFaulted = true;
            }

            if (stopped && task.Status == TaskStatus.RanToCompletion)
            {
                Advance(compiled.Script, task.Result, number);
            }

            return Finish(collector, Cancelled(stopped));
        }

        if (task.IsFaulted)
        {
            var exception = task.Exception!.GetBaseException();
            return Finish(collector, RuntimeError(exception, number));
        }

        var result = task.Result;
        Advance(compiled.Script, result, number);
        if (result.Exception is { } thrown)
        {
            // Cancelled by the caller (an interrupt) or by the time limit: the cell may finish before the wait above sees
            // the caller's token, so the caller's token decides which it was.
            var error = thrown is OperationCanceledException && cancellation.IsCancellationRequested
                ? Cancelled(stopped: true)
                : RuntimeError(thrown, number);
            return Finish(collector, error);
        }

        if (refused is not null)
        {
            return Finish(collector, new CellError(CellErrorKind.Disclosure, number, null, null, typeof(UnsafeOutputException).FullName!, refused.Message));
        }

        return Finish(collector, null);

        CellError Cancelled(bool stopped) => cancellationToken.IsCancellationRequested
            ? new CellError(CellErrorKind.Interrupted, number, null, null, NotebookMessages.InterruptedName, NotebookMessages.CellInterrupted(stopped))
            : new CellError(CellErrorKind.Timeout, number, null, null, "TimeoutError", NotebookMessages.CellTimedOut(timeout, stopped));

        CellResult Failed(CellError error)
        {
            var output = ErrorOutput(error);
            onOutput?.Invoke(output);
            return new(number, count, [output], error, clock.Elapsed);
        }

        CellResult Finish(OutputCollector outputs, CellError? error)
        {
            if (outputs.ReleaseHeldText() is { } heldBack)
            {
                if (error is null)
                {
                    error = new CellError(CellErrorKind.Disclosure, number, null, null, typeof(UnsafeOutputException).FullName!, heldBack);
                }
                else
                {
                    outputs.Add(CellOutput.Stream("stderr", NotebookMessages.Withheld(heldBack) + "\n"));
                }
            }

            if (error is { Kind: CellErrorKind.Runtime } && Guard is not null
                && (Guard.ErrorMessageRefusal(error.Message, error.CellNumber)
                    ?? error.Traceback.Select(line => Guard.ErrorMessageRefusal(line, error.CellNumber)).FirstOrDefault(r => r is not null)) is { } withheld)
            {
                error = error with { Message = withheld, Traceback = [] }; // inner exceptions' messages may quote data too
            }

            var all = outputs.Complete();
            if (error is not null)
            {
                var output = ErrorOutput(error);
                onOutput?.Invoke(output);
                all = [.. all, output];
            }

            return new CellResult(number, count, all, error, clock.Elapsed);
        }
    }

    /// <summary>
    /// Records a cell the caller will not run (e.g. a cell in another language) as executed with
    /// <paramref name="error"/>, so execution counts stay in step with Jupyter's.
    /// </summary>
    public CellResult Reject(CellError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var count = ++ExecutionCount;
        return new CellResult(error.CellNumber, count, [ErrorOutput(error)], error, TimeSpan.Zero);
    }

    /// <summary>The error output Jupyter shows for <paramref name="error"/>.</summary>
    public static CellOutput ErrorOutput(CellError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return CellOutput.Error(error.Name, error.Message, error.Traceback.Count > 0 ? error.Traceback : [error.ToString()]);
    }

    private static bool Wait(Task task, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return task.Wait(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    private static CellError CompileError(IReadOnlyList<Diagnostic> errors, int cellNumber)
    {
        var first = errors[0].Location.GetLineSpan().StartLinePosition;
        var lines = errors.Select(d =>
        {
            var at = d.Location.GetLineSpan().StartLinePosition;
            return string.Create(CultureInfo.InvariantCulture, $"({at.Line + 1},{at.Character + 1}): error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
        });
        return new CellError(CellErrorKind.Compile, cellNumber, first.Line + 1, first.Character + 1, "CompilationError", string.Join("\n", lines));
    }

    private void Advance(Script<object> script, ScriptState<object> state, int cellNumber)
    {
        lastScript = script;
        lastState = state;
        submissionCells[script.GetCompilation().AssemblyName ?? string.Empty] = cellNumber;
    }

    private CellError RuntimeError(Exception exception, int cellNumber)
    {
        var kind = exception is UnsafeOutputException ? CellErrorKind.Disclosure : CellErrorKind.Runtime;

        // With debug information emitted, frames in submission classes carry cell-relative lines; each submission is
        // its own assembly, named after its compilation, which tells which cell the frame is in.
        var (traceback, first) = ExceptionTrace.Describe(exception, assembly => submissionCells.GetValueOrDefault(assembly, cellNumber));
        var name = exception.GetType().FullName ?? "Exception";
        return new CellError(kind, first?.Cell ?? cellNumber, first?.Line, first?.Column, name, exception.Message)
        {
            Traceback = kind == CellErrorKind.Runtime ? traceback : [],
        };
    }
}
