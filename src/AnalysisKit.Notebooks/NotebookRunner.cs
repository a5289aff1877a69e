using System.Diagnostics;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Runs a whole notebook headless with papermill semantics: outputs and execution counts are cleared, parameters are
/// injected after the <c>parameters</c> cell, code cells run in order, and the first error stops the run with the
/// failing cell's error output in place (a cell tagged <c>raises-exception</c> may fail and the run goes on); empty code
/// cells are not run. The executed notebook is nbformat 4.5 with an id on every cell. Outputs
/// pass disclosure control unless the run options or the notebook opt out for internal use, and the executed notebook
/// records which (<see cref="NotebookDisclosure"/>).
/// </summary>
public sealed class NotebookRunner
{
    /// <summary>The tag nbval and papermill use for a cell that is expected to fail.</summary>
    public const string RaisesExceptionTag = "raises-exception";

    /// <summary>The nbval tag for a cell that is not run at all.</summary>
    public const string SkipTag = "nbval-skip";

    private readonly NotebookEngine engine;

    /// <summary>A runner whose sessions come from <paramref name="engine"/> (share one engine to compile once and run many).</summary>
    public NotebookRunner(NotebookEngine engine) => this.engine = engine ?? throw new ArgumentNullException(nameof(engine));

    /// <summary>
    /// Runs a copy of <paramref name="notebook"/> (the argument is not changed) in a fresh session and returns the
    /// executed copy with each cell's result. Throws <see cref="NotebookFormatException"/> when the notebook's
    /// internal-use-only flag is not a reason.
    /// </summary>
    public NotebookRunResult Run(Notebook notebook, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new NotebookRunOptions();
        if (options.NotebookTimeout is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), limit, NotebookMessages.TimeoutNotPositive(nameof(options.NotebookTimeout)));
        }

        var (disclosure, setBy) = NotebookDisclosure.Resolve(notebook, options.Disclosure);
        var clock = Stopwatch.StartNew();
        var executed = notebook.Clone();
        executed.EnsureCellIds();
        NotebookDisclosure.Record(executed, disclosure, setBy);
        foreach (var cell in executed.Cells)
        {
            cell.ClearOutputs();
        }

        var notes = new List<string>();
        var injected = ParameterInjection.Inject(executed, options.Parameters, out var noParametersCell);
        if (injected is not null && noParametersCell)
        {
            notes.Add(NotebookMessages.NoParametersCell);
        }
        else if (injected is not null && ParameterInjection.DeclaredParameters(executed) is { } declared)
        {
            notes.AddRange(options.Parameters.Where(p => !declared.Contains(p.Name, StringComparer.Ordinal))
                .Select(p => NotebookMessages.ParameterNotDeclared(p.Name, declared)));
        }

        var parameters = options.Parameters.ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal);
        var session = engine.CreateSession(parameters, disclosure);
        using var notebookLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.NotebookTimeout is { } timeout)
        {
            notebookLimit.CancelAfter(timeout);
        }

        var results = new List<CellResult>();
        CellError? failure = null;
        for (var index = 0; index < executed.Cells.Count && failure is null; index++)
        {
            var cell = executed.Cells[index];
            var number = index + 1;
            // An empty code cell is not run and keeps no execution count, as nbclient (papermill, nbconvert) does.
            if (!cell.IsCode || string.IsNullOrWhiteSpace(cell.Source) || (options.SkipNbvalSkipCells && cell.HasTag(SkipTag)))
            {
                continue;
            }

            options.CellStarting?.Invoke(number);
            var kernel = cell.Kernel ?? executed.DefaultKernel;
            CellResult result;
            if (kernel is not ("csharp" or "c#" or "cs"))
            {
                result = session.Reject(new CellError(CellErrorKind.Unsupported, number, null, null, "UnsupportedKernel", NotebookMessages.UnsupportedKernel(kernel)));
            }
            else
            {
                var source = index == injected ? ParameterInjection.ExecutedSource(options.Parameters) : cell.Source;
                result = session.Execute(source, number, notebookLimit.Token);
                // The notebook's limit reaches the session as a cancelled token; it is a time limit, not an interrupt.
                if (result.Error is { Kind: CellErrorKind.Timeout or CellErrorKind.Interrupted } && notebookLimit.IsCancellationRequested
                    && !cancellationToken.IsCancellationRequested && options.NotebookTimeout is { } notebookTimeout)
                {
                    var error = result.Error with
                    {
                        Kind = CellErrorKind.Timeout, Name = "TimeoutError", Message = NotebookMessages.NotebookTimedOut(notebookTimeout),
                    };
                    result = new CellResult(number, result.ExecutionCount,
                        result.Outputs.Where(o => o.Kind != CellOutputKind.Error).Append(NotebookSession.ErrorOutput(error)).ToList(), error, result.Elapsed);
                }
            }

            options.CellFinished?.Invoke(result);
            cell.ExecutionCount = result.ExecutionCount;
            cell.SetOutputs(result.Outputs);
            results.Add(result);
            if (result.Error is not null && !(cell.HasTag(RaisesExceptionTag) && result.Error.Kind is CellErrorKind.Runtime or CellErrorKind.Compile))
            {
                failure = result.Error;
            }
        }

        if (session.Guard is { InternalUseOnlyReason: { } reason } guard)
        {
            NotebookDisclosure.RecordSessionOptOut(executed, reason, guard.InternalUseOnlySetBy!);
        }

        return new NotebookRunResult(executed, results, failure, clock.Elapsed, notes, disclosure);
    }
}
