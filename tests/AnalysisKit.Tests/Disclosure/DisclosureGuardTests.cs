using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

public sealed class DisclosureGuardTests
{
    private static DisclosureTable Raw(string practice = "Practice 10002", long count = 3) =>
        new("admissions", ["practice"], "Total", ["admissions"], null, [],
            [new TableRow(["Practice 10001"], [12], []), new TableRow([practice], [count], [])]);

    [Fact]
    public void EnsureSafe_UnsuppressedSmallCount_IsRefusedSayingWhere()
    {
        var e = Assert.Throws<UnsafeOutputException>(() => DisclosureGuard.EnsureSafe(Raw(), SuppressionPolicy.PhsPracticeUnder5));

        Assert.StartsWith("Refused: table 'admissions', data row 2 ('Practice 10002'), column 'admissions' holds the count 3, which must not be published " +
                          "(counts 1–4 (< 5) suppressed;", e.Message);
        Assert.EndsWith("Suppress the table with Suppressor.Apply, or opt out explicitly with DisclosureControl.InternalUseOnly for work that stays on your machine.", e.Message);
    }

    [Fact]
    public void EnsureSafe_SuppressedResult_Passes()
    {
        var result = Suppressor.Apply(Raw(count: 30), SuppressionPolicy.PhsPracticeUnder5);

        DisclosureGuard.EnsureSafe(result);
        Assert.Empty(result.Audit);
    }

    [Fact]
    public void EnsureSafe_ChiInKey_IsRefusedWithoutEchoingIt()
    {
        var e = Assert.Throws<UnsafeOutputException>(() => DisclosureGuard.EnsureSafe(Raw("0101011237", 30), SuppressionPolicy.PhsPracticeUnder5));

        Assert.StartsWith("Refused: table 'admissions', data row 2, column 'practice' contains something that looks like a CHI number", e.Message);
        Assert.DoesNotContain("0101011237", e.Message);
    }

    [Fact]
    public void EnsureSafeWithoutValue_SmallCount_IsRefusedSayingWhereButNotTheCount()
    {
        var e = Assert.Throws<UnsafeOutputException>(() =>
            DisclosureGuard.EnsureSafeWithoutValue(3, "cell 4 output (DataFrame), column 'deaths', row 1", SuppressionPolicy.PhsPracticeUnder5));

        Assert.Equal("Refused: cell 4 output (DataFrame), column 'deaths', row 1 would show a count that must not be published " +
                     "(counts 1–4 (< 5) suppressed; true zeros shown; marker '*'; secondary Complete; rounding none); " +
                     "the count is not repeated here because this message is kept with the output.", e.Message);
    }

    [Fact]
    public void EnsureSafeWithoutValue_ZeroFiveAndMissing_Pass()
    {
        // PHS practice policy: 1–4 hidden, true zeros shown, 5 is the smallest published count.
        DisclosureGuard.EnsureSafeWithoutValue(0, "x", SuppressionPolicy.PhsPracticeUnder5);
        DisclosureGuard.EnsureSafeWithoutValue(5, "x", SuppressionPolicy.PhsPracticeUnder5);
        DisclosureGuard.EnsureSafeWithoutValue(null, "x", SuppressionPolicy.PhsPracticeUnder5);
        Assert.Throws<UnsafeOutputException>(() => DisclosureGuard.EnsureSafeWithoutValue(4, "x", SuppressionPolicy.PhsPracticeUnder5));
    }

    [Fact]
    public void Control_Default_RefusesASmallHoverCount()
    {
        var e = Assert.Throws<UnsafeOutputException>(() => DisclosureControl.Default.EnsureSafe(2, "chart 'Falls', point 'Practice 10002', hover text"));
        Assert.StartsWith("Refused: chart 'Falls', point 'Practice 10002', hover text holds the count 2", e.Message);
    }

    [Fact]
    public void Control_InternalUseOnly_LetsSmallCountsThroughAndKeepsTheReason()
    {
        var control = DisclosureControl.InternalUseOnly("QA of the extract, not for release");

        control.EnsureSafe(Raw());
        control.EnsureSafe(2, "anywhere");
        Assert.True(control.IsInternalUseOnly);
        Assert.Equal("QA of the extract, not for release", control.OptOutReason);
    }

    [Fact]
    public void Control_InternalUseOnlyWithoutReason_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => DisclosureControl.InternalUseOnly(" "));
        Assert.StartsWith("Opting out of disclosure control needs a reason", e.Message);
    }
}
