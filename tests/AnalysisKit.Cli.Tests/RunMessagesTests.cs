using AnalysisKit.Cli.Commands;

namespace AnalysisKit.Cli.Tests;

public sealed class RunMessagesTests
{
    [Fact]
    public void BatchSummary_GivesCountsTimeAndTimePerRun()
    {
        Assert.Equal("145 of 147 runs succeeded in 29.4 s (200 ms per run).", RunMessages.BatchSummary(147, 2, TimeSpan.FromSeconds(29.4)));
    }

    [Fact]
    public void AbandonedThread_NamesTheRunAndTheConsequence()
    {
        Assert.Equal(
            "warning: a cell in run 'S12345' ignored cancellation and is still running on a background thread; later runs continue but share the CPU with it.",
            RunMessages.AbandonedThread("S12345"));
    }
}
