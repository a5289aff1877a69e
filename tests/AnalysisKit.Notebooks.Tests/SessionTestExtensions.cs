namespace AnalysisKit.Notebooks.Tests;

/// <summary>Runs a cell with the test's cancellation token, so a stuck test can be cancelled by the runner.</summary>
internal static class SessionTestExtensions
{
    public static CellResult Run(this NotebookSession session, string code, int? cellNumber = null) =>
        session.Execute(code, cellNumber, TestContext.Current.CancellationToken);
}
