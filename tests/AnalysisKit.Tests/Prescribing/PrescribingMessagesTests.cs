using AnalysisKit.Prescribing;

namespace AnalysisKit.Tests.Prescribing;

/// <summary>Texts of the prescribing messages not reached through another test.</summary>
public sealed class PrescribingMessagesTests
{
    [Fact]
    public void DenominatorNotSummed_SaysWhichMeasure() =>
        Assert.Equal("measure abx: its denominator is neither counted in the extract nor a population; expected one of the measure denominators.",
            PrescribingMessages.DenominatorNotSummed("abx"));
}
