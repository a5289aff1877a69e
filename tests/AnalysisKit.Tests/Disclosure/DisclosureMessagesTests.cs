using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

/// <summary>The text of the messages not already checked through the exceptions that carry them.</summary>
public sealed class DisclosureMessagesTests
{
    private static TableRow Row(string key, long count) => new([key], [count], []);

    [Fact]
    public void TableShapeErrors_SayWhatIsWrongAndWhere()
    {
        Assert.Equal("Table 't': no hierarchy (key) columns; name at least one, e.g. the practice or row-label column.",
            Assert.Throws<ArgumentException>(() => new DisclosureTable("t", [], "Total", ["a"], null, [], [])).Message.Split(" (Parameter")[0]);
        Assert.Equal("Table 't': no count columns to control.",
            Assert.Throws<ArgumentException>(() => new DisclosureTable("t", ["k"], "Total", [], null, [], [])).Message.Split(" (Parameter")[0]);
        Assert.Equal("Table 't': column 'a' is named twice (as a key, count or measure column).",
            Assert.Throws<ArgumentException>(() => new DisclosureTable("t", ["a"], "Total", ["a"], null, [], [])).Message);
        Assert.Equal("Table 't': total column 'T' is not one of the count columns.",
            Assert.Throws<ArgumentException>(() => new DisclosureTable("t", ["k"], "Total", ["a"], "T", [], [])).Message.Split(" (Parameter")[0]);
        Assert.Equal("Table 't': measure column 'rate' follows count column 'b', which is not one of the count columns.",
            Assert.Throws<ArgumentException>(() => new DisclosureTable("t", ["k"], "Total", ["a"], null, [new FollowerColumn("rate", "b", MeasureKind.CrudeRate)], []))
                .Message.Split(" (Parameter")[0]);
        Assert.Equal("Table 't', data row 1: has 1 keys, 2 counts and 0 measures; expected 1, 1 and 0.",
            Assert.Throws<ArgumentException>(() => new DisclosureTable("t", ["k"], "Total", ["a"], null, [], [new TableRow(["x"], [1, 2], [])])).Message);
        Assert.Equal("Table 't': the total label is empty; give the key value that marks total rows (e.g. \"Total\").",
            Assert.Throws<ArgumentException>(() => new DisclosureTable("t", ["k"], "", ["a"], null, [], [])).Message.Split(" (Parameter")[0]);
        Assert.Equal("The table's name is empty; give it a name (e.g. the input file name) so messages can say where.",
            Assert.Throws<ArgumentException>(() => new DisclosureTable(" ", ["k"], "Total", ["a"], null, [], [])).Message.Split(" (Parameter")[0]);
    }

    [Fact]
    public void ResultLookups_OutOfRange_SayTheRange()
    {
        var result = Suppressor.Apply(new DisclosureTable("t", ["k"], "Total", ["a"], null, [], [Row("x", 20)]), SuppressionPolicy.Under10);

        Assert.StartsWith("Table 't': row 3 is out of range 0–0.", Assert.Throws<ArgumentOutOfRangeException>(() => result.State(3, 0)).Message);
        Assert.StartsWith("Table 't': count column 1 is out of range 0–0.", Assert.Throws<ArgumentOutOfRangeException>(() => result.State(0, 1)).Message);
        Assert.StartsWith("Table 't': 'b' is not a count column.", Assert.Throws<ArgumentException>(() => result.State(0, "b")).Message);
    }

    [Fact]
    public void PolicyErrors_SayTheRule()
    {
        Assert.StartsWith("The suppression policy's name is empty; give it a short name",
            Assert.Throws<ArgumentException>(() => new SuppressionPolicy("", 5, ThresholdComparison.LessThan, true, "*", false, 1, RoundingRule.HalfUp, false, SecondaryMethod.Complete)).Message);
        Assert.StartsWith("Review threshold 0 is out of range; it must be ≥ 1 (LIST reviews every count under 10).",
            Assert.Throws<ArgumentOutOfRangeException>(() => new SuppressionPolicy("p", 5, ThresholdComparison.LessThan, true, "*", false, 1, RoundingRule.HalfUp, false, SecondaryMethod.Complete, 0)).Message);
        Assert.Equal("Suppression policy 'p' has an undefined comparison, rounding rule or secondary method.",
            Assert.Throws<ArgumentException>(() => new SuppressionPolicy("p", 5, (ThresholdComparison)7, true, "*", false, 1, RoundingRule.HalfUp, false, SecondaryMethod.Complete)).Message);
    }

    [Fact]
    public void AuditReasons_ReadAsSentences()
    {
        Assert.Equal("sdcshinyapp row rule: row 'A' had exactly one suppressed cell", DisclosureMessages.PhsRowRule("A"));
        Assert.Equal("CrudeRate blanked with its count 'deaths'", DisclosureMessages.MeasureFollows("deaths", MeasureKind.CrudeRate));
        Assert.Equal("protects X, which could be narrowed to [0, 2], narrower than 5", DisclosureMessages.NarrowInterval("X", 0, 2, 5));
        Assert.Equal("No further cell can be suppressed to protect X; this is a bug, please report it.", DisclosureMessages.CannotProtect("X"));
        Assert.Equal("Table 't': the published relations have no non-negative solution; this is a bug, please report it.", DisclosureMessages.AttackInfeasible("t"));
    }

    [Fact]
    public void QualifierFootnote_ExplainsCAndTilde() =>
        Assert.Contains("c in a QF column indicates value has been suppressed according to PHS Statistical Disclosure Control Protocol; " +
                        "~ indicates a value that rounds to zero but is not zero.", DisclosureMessages.Footnote("c", qualifierColumns: true));

    [Fact]
    public void LinkedGroupTooLarge_NamesTheTableTheEarlierReleaseAndWhatToDoInstead()
    {
        Assert.Equal(
            "Refused: protecting table 'national' against earlier release 'year' (2025-01..2025-12, phs-practice-under-5) would hide 350 of its cells in one " +
            "linked group of 512 hidden counts (more than 400 cannot be checked in reasonable time). Nearly everything would have to be suppressed: the " +
            "releases overlap where the counts are small (e.g. one more month of small counts). Release the same period or units as the earlier release, " +
            "or ones that do not overlap it.",
            DisclosureMessages.LinkedGroupTooLarge("national", 512, 400, 350, "'year' (2025-01..2025-12, phs-practice-under-5)"));
    }
}
