namespace AnalysisKit.Notebooks.Tests;

public sealed class NotebookSessionTimeoutTests
{
    [Fact]
    public void Execute_CellPollingTheToken_IsStoppedAtItsTimeoutAndTheSessionGoesOn()
    {
        // The first cell must finish inside the limit: the compiler is warmed first (its code is compiled once per
        // process) and the limit is 1 s, so a loaded CI machine does not time out the set-up cell instead.
        new NotebookEngine(new NotebookSessionOptions()).CreateSession().Run("var warm = 0L;", 1);
        var engine = new NotebookEngine(new NotebookSessionOptions { CellTimeout = TimeSpan.FromSeconds(1) });
        var session = engine.CreateSession();
        Assert.True(session.Run("var n = 0L;", 1).Succeeded);
        var result = session.Run("while (true) { CancellationToken.ThrowIfCancellationRequested(); n++; }", 2);
        Assert.Equal(CellErrorKind.Timeout, result.Error!.Kind);
        Assert.Equal("cell 2: The cell did not finish within its time limit of 1 s and was stopped.", result.Error.ToString());
        Assert.False(session.IsFaulted);
        Assert.True(session.Run("n > 0", 3).Succeeded);
    }

    [Fact]
    public void Execute_CellIgnoringCancellation_IsAbandonedAndTheSessionRefusesMoreCells()
    {
        // Thread.Sleep ignores the token; it ends by itself after 3 s so the test process is not left with a busy thread.
        var engine = new NotebookEngine(new NotebookSessionOptions
        {
            CellTimeout = TimeSpan.FromMilliseconds(200),
            CancellationGrace = TimeSpan.FromMilliseconds(100),
        });
        var session = engine.CreateSession();
        var result = session.Run("Thread.Sleep(3000);", 1);
        Assert.Equal("cell 1: The cell did not finish within its time limit of 0.2 s; it ignored cancellation and was abandoned (the process must end to stop it).",
            result.Error!.ToString());
        Assert.True(session.IsFaulted);
        Assert.Equal(NotebookMessages.SessionFaulted, session.Run("1", 2).Error!.Message);
    }

    [Fact]
    public void Engine_NonPositiveCellTimeout_IsRejectedNamingTheOption()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new NotebookEngine(new NotebookSessionOptions { CellTimeout = TimeSpan.Zero }));
        Assert.StartsWith("CellTimeout must be a positive time span (or null for no limit).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_CallerCancels_TheCellIsReportedInterruptedAsJupyterFrontEndsExpect()
    {
        var session = new NotebookEngine().CreateSession();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var result = session.Execute("while (true) { CancellationToken.ThrowIfCancellationRequested(); }", 1, cancel.Token);
        Assert.Equal(CellErrorKind.Interrupted, result.Error!.Kind);
        Assert.Equal("KeyboardInterrupt", result.Error.Name);
        Assert.Equal("interrupted", result.Error.Message);
        var output = result.Outputs.Single(o => o.Kind == CellOutputKind.Error);
        Assert.Equal(("KeyboardInterrupt", "interrupted"), (output.ErrorName, output.ErrorValue));
    }
}
