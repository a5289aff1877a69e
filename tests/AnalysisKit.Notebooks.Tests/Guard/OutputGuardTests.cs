using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Tests.Guard;

/// <summary>
/// The output guard on a session whose outputs are stored (as <c>akit run</c> makes them): tables, sequences, suppressed
/// tables, CHI-like numbers, label columns with their reason. Policy: PHS practice, counts 1–4 refused, 0 and 5 and
/// above shown. The corpus of leaking cells is <see cref="LeakingCellsTests"/>.
/// </summary>
public sealed class OutputGuardTests
{
    private const string Rule = "counts 1–4 (< 5) suppressed; true zeros shown; marker '*'; secondary Complete; rounding none";

    private const string Advice =
        " Show the suppressed table instead (AnalysisKit.Disclosure.Suppressor.Apply); if the column holds labels, not counts (a quintile, a rank), " +
        "say so with the reason: display(frame.WithLabelColumns([\"<column>\"], \"<why they are not counts>\")); or, for work that stays on your machine, " +
        "opt out with the reason: a cell #!internal-use-only <reason> (this session, recorded in the notebook), notebook metadata \"akit\": " +
        "{\"internal_use_only\": \"<reason>\"}, or akit run/batch --internal-use-only \"<reason>\".";

    private const string TextAdvice =
        " Show suppressed or banded figures instead (Suppressor.Apply, or words such as \"fewer than 5\"); if the number is not a count of people " +
        "(a label, a rank), show the text with the reason: display(\"<text>\".AsLabel(\"<why it is not a count>\")); or, for work that stays on your machine, " +
        "opt out with the reason: a cell #!internal-use-only <reason> (this session, recorded in the notebook), notebook metadata \"akit\": " +
        "{\"internal_use_only\": \"<reason>\"}, or akit run/batch --internal-use-only \"<reason>\".";

    private static readonly NotebookEngine Engine = new();

    private static NotebookSession Checked() => Engine.CreateSession(disclosure: DisclosureControl.Default);

    private static string Refusal(string where, string advice = Advice) =>
        $"Refused: {where} would show a count that must not be published ({Rule}); the count is not repeated here because this message is kept with the output." + advice;

    [Fact]
    public void RawDataFrameWithASmallCount_AsTrailingValue_IsRefusedNamingCellColumnAndRow_AndNothingIsShown()
    {
        var result = Checked().Run(
            "var frame = new DataFrame(new StringDataFrameColumn(\"practice\", new[] { \"P1\", \"P2\" }), new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { 12, 3 }));\nframe", 4);

        Assert.Equal(CellErrorKind.Disclosure, result.Error!.Kind);
        Assert.Equal("cell 4: " + Refusal("cell 4 output (DataFrame), column 'deaths', row 1"), result.Error.ToString());
        Assert.Equal([CellOutputKind.Error], result.Outputs.Select(o => o.Kind));
    }

    [Fact]
    public void RawDataFrameWithASmallCount_Displayed_IsRefusedNamingCellLineAndColumn()
    {
        var session = Checked();
        session.Run("var frame = new DataFrame(new PrimitiveDataFrameColumn<long>(\"admissions\", new long[] { 0, 40, 4 }));", 1);

        var result = session.Run("Console.WriteLine(\"before\");\ndisplay(frame);", 2);

        Assert.Equal(CellErrorKind.Disclosure, result.Error!.Kind);
        Assert.Equal("cell 2, line 2: " + Refusal("cell 2 output (DataFrame), column 'admissions', row 2"), result.Error.ToString());
        Assert.Equal([CellOutputKind.Stream, CellOutputKind.Error], result.Outputs.Select(o => o.Kind));
    }

    /// <summary>What must not be refused: years, dates, times, list sizes, rates with decimals, codes, labels, zeros.</summary>
    [Theory]
    [InlineData("2024")]
    [InlineData("new DateTime(2025, 3, 1)")]
    [InlineData("new DateOnly(2025, 3, 1)")]
    [InlineData("TimeSpan.FromSeconds(3)")]
    [InlineData("2.5")]
    [InlineData("0")]
    [InlineData("5320.0")]
    [InlineData("\"GPC082\"")]
    [InlineData("new { Year = 2024, Month = 3, Rate = 12.5 }")]
    [InlineData("new List<int> { 2019, 2020, 2021 }")]
    [InlineData("Console.WriteLine($\"Example cluster: 5 practices, 26600 patients, mean list size {5320.0:0.0}\");")]
    [InlineData("Console.WriteLine(new DateTime(2025, 3, 1).ToString(\"d MMMM yyyy\", CultureInfo.InvariantCulture));")]
    [InlineData("Console.WriteLine(\"Step 1 of the QA: 12 of 12 months covered, 0 missing\");")]
    [InlineData("display(\"<h2>Section 2: rates per 1,000</h2><p>Fife 3 is above the 99.8% limit.</p>\", \"text/html\");")]
    [InlineData("display(\"1. Load\\n2. Compare\\n3. Publish\", \"text/markdown\");")]
    [InlineData("Plotly.NET.CSharp.Chart.Line<int, double, string>(x: new[] { 1, 2, 3 }, y: new[] { 12.5, 13.25, 11.75 })")]
    [InlineData("new DataFrame(new PrimitiveDataFrameColumn<int>(\"year\", new[] { 2023, 2024 }), new PrimitiveDataFrameColumn<int>(\"list_size\", new[] { 5432, 6150 }))")]
    public void OrdinaryOutputs_AreShown(string code)
    {
        var result = Checked().Run(code, 1);

        Assert.True(result.Succeeded, result.Error?.ToString());
    }

    [Fact]
    public void SuppressedFrame_FromSuppressorApply_IsShown()
    {
        var result = Checked().Run("""
            using AnalysisKit.Disclosure;
            var table = new DisclosureTable("deaths", new[] { "practice" }, "Total", new[] { "deaths" }, null, new FollowerColumn[0], new[]
            {
                new TableRow(new[] { "P1" }, new long?[] { 12 }, new string[0]),
                new TableRow(new[] { "P2" }, new long?[] { 3 }, new string[0]),
                new TableRow(new[] { "P3" }, new long?[] { 0 }, new string[0]),
            });
            var suppressed = Suppressor.Apply(table, SuppressionPolicy.PhsPracticeUnder5);
            new DataFrame(
                new StringDataFrameColumn("practice", new[] { "P1", "P2", "P3" }),
                new StringDataFrameColumn("deaths", Enumerable.Range(0, 3).Select(r => suppressed.Text(r, 0))))
            """, 1);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("practice  deaths\nP1        12\nP2        *\nP3        0\n", result.Outputs.Single().Data["text/plain"]);
    }

    [Fact]
    public void SuppressionResult_IsShownAsItsPublishedTableWithTheFootnote()
    {
        // P2's 3 is primary-suppressed; with the Total row published, one partner in the same column is hidden too
        // (the smallest other count, P1's 12), so P2 cannot be recovered as 35 − 12 − 20.
        var result = Checked().Run("""
            using AnalysisKit.Disclosure;
            var table = new DisclosureTable("deaths", new[] { "practice" }, "Total", new[] { "deaths" }, null, new FollowerColumn[0], new[]
            {
                new TableRow(new[] { "Total" }, new long?[] { 35 }, new string[0]),
                new TableRow(new[] { "P1" }, new long?[] { 12 }, new string[0]),
                new TableRow(new[] { "P2" }, new long?[] { 3 }, new string[0]),
                new TableRow(new[] { "P3" }, new long?[] { 20 }, new string[0]),
            });
            Suppressor.Apply(table, SuppressionPolicy.PhsPracticeUnder5)
            """, 1);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("practice  deaths\nTotal     35\nP1        *\nP2        *\nP3        20\n" + SuppressionPolicy.PhsPracticeUnder5.Footnote + "\n",
            result.Outputs.Single().Data["text/plain"]);
    }

    [Fact]
    public void SuppressionResult_UnderAWeakerPolicyThanTheRuns_IsRefused()
    {
        // sdcshinyapp with condition 2 hides 1–2 and publishes 3, which the run's PHS practice policy (1–4) refuses.
        var result = Checked().Run("""
            using AnalysisKit.Disclosure;
            var table = new DisclosureTable("deaths", new[] { "practice" }, "Total", new[] { "deaths" }, null, new FollowerColumn[0], new[]
            {
                new TableRow(new[] { "P1" }, new long?[] { 12 }, new string[0]),
                new TableRow(new[] { "P2" }, new long?[] { 3 }, new string[0]),
            });
            Suppressor.Apply(table, SuppressionPolicy.SdcShinyApp(condition: 2))
            """, 1);

        Assert.Equal(Refusal("cell 1 output (suppressed table), column 'deaths', row 1"), result.Error!.Message);
    }

    [Fact]
    public void CountsAsText_AreCheckedLikeNumbers()
    {
        // A text column of whole numbers and markers is a count column written as text (e.g. a CSV read as strings).
        var result = Checked().Run("new DataFrame(new StringDataFrameColumn(\"deaths\", new[] { \"*\", \"12\", \"2\" }))", 1);

        Assert.Equal(Refusal("cell 1 output (DataFrame), column 'deaths', row 2"), result.Error!.Message);
    }

    [Fact]
    public void WholeFloatColumn_AsDataFrameLoadCsvReadsCounts_IsRefused()
    {
        var result = Checked().Run("new DataFrame(new PrimitiveDataFrameColumn<float>(\"items\", new float[] { 12f, 1f }))", 1);

        Assert.Equal(Refusal("cell 1 output (DataFrame), column 'items', row 1"), result.Error!.Message);
    }

    [Fact]
    public void RatesNegativeDifferencesCodesAndZeros_AreNotCounts_AndAreShown()
    {
        var result = Checked().Run("""
            new DataFrame(
                new PrimitiveDataFrameColumn<double>("rate", new[] { 0.5, 2.25, 3.75 }),
                new PrimitiveDataFrameColumn<int>("change", new[] { -3, 2, 0 }),
                new StringDataFrameColumn("practice", new[] { "P1", "P2", "P3" }),
                new PrimitiveDataFrameColumn<int>("zeros", new[] { 0, 0, 25 }))
            """, 1);

        Assert.True(result.Succeeded, result.Error?.ToString());
    }

    [Fact]
    public void SequenceOfRecords_IsCheckedByProperty()
    {
        var result = Checked().Run("new[] { new { Practice = \"P1\", Referrals = 30 }, new { Practice = \"P2\", Referrals = 2 } }", 3);

        Assert.Equal(Refusal("cell 3 output (sequence), column 'Referrals', row 1"), result.Error!.Message);
    }

    [Fact]
    public void SequenceOfTuples_IsCheckedByField()
    {
        var result = Checked().Run("new List<(string Practice, int Referrals)> { (\"P1\", 30), (\"P2\", 4) }", 1);

        Assert.Equal(Refusal("cell 1 output (sequence), column 'Item2', row 1"), result.Error!.Message);
    }

    [Fact]
    public void SequenceOfNumbers_IsCheckedAsOneColumn_AndALazySequenceIsReadOnce()
    {
        var session = Checked();
        var refused = session.Run("new List<int> { 12, 4 }", 1);
        Assert.Equal(Refusal("cell 1 output (sequence)", TextAdvice), refused.Error!.Message);

        var shown = session.Run("var reads = 0;\nIEnumerable<int> Counts() { reads++; yield return 12; yield return 40; }\ndisplay(Counts());\nreads + 100", 2);
        Assert.True(shown.Succeeded, shown.Error?.ToString());
        Assert.Equal(["[12, 40]", "101"], shown.Outputs.Select(o => o.Data["text/plain"]));
    }

    [Fact]
    public void ChiLikeNumber_IsRefusedWithoutRepeatingIt()
    {
        var result = Checked().Run("new DataFrame(new StringDataFrameColumn(\"patient\", new[] { \"0101011237\" }), new PrimitiveDataFrameColumn<int>(\"items\", new[] { 30 }))", 1);

        Assert.Equal(CellErrorKind.Disclosure, result.Error!.Kind);
        Assert.StartsWith("Refused: cell 1 output (DataFrame), column 'patient', row 0 contains something that looks like a CHI number", result.Error.Message);
        Assert.DoesNotContain("0101011237", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InternalUseOnly_ShowsSmallCounts()
    {
        var session = Engine.CreateSession(disclosure: DisclosureControl.InternalUseOnly("QA of the extract"));

        var result = session.Run("new DataFrame(new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { 3 }))", 1);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("deaths\n3\n", result.Outputs.Single().Data["text/plain"]);
    }

    [Fact]
    public void InteractiveSession_WithoutDisclosureControl_IsUnchanged()
    {
        var session = Engine.CreateSession();

        var result = session.Run("new DataFrame(new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { 3 }))", 1);

        Assert.Null(session.Disclosure);
        Assert.True(result.Succeeded, result.Error?.ToString());
    }

    [Fact]
    public void QuintileColumn_IsReadAsCountsUntilDeclaredALabel_TheCountsBesideItAreStillChecked()
    {
        var session = Checked();
        session.Run("var frame = new DataFrame(new PrimitiveDataFrameColumn<int>(\"quintile\", new[] { 1, 2, 3, 4, 5 }), new PrimitiveDataFrameColumn<long>(\"admissions\", new long[] { 40, 0, 12, 9, 25 }));", 1);

        var raw = session.Run("frame", 2);
        var labelled = session.Run("frame.WithLabelColumns([\"quintile\"], \"SIMD quintile is a label\")", 3);
        session.Run("frame[\"admissions\"][3] = 4L;", 4);
        var small = session.Run("frame.WithLabelColumns([\"quintile\"], \"SIMD quintile is a label\")", 5);

        Assert.Equal("cell 2: " + Refusal("cell 2 output (DataFrame), column 'quintile', row 0"), raw.Error!.ToString());
        Assert.True(labelled.Succeeded);
        Assert.Contains("<td>4</td>", labelled.Outputs.Single().Data["text/html"], StringComparison.Ordinal); // shown as the frame
        Assert.Equal("cell 5: " + Refusal("cell 5 output (DataFrame), column 'admissions', row 3"), small.Error!.ToString());
    }

    [Fact]
    public void LabelColumn_StillScannedForChiNumbers()
    {
        var result = Checked().Run(
            "new DataFrame(new StringDataFrameColumn(\"patient\", new[] { \"0101011237\" }), new PrimitiveDataFrameColumn<long>(\"items\", new long[] { 20 })).WithLabelColumns([\"patient\"], \"a pseudonym\")", 1);

        Assert.Equal(CellErrorKind.Disclosure, result.Error!.Kind);
        Assert.Contains("column 'patient', row 0", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLabelColumns_UnknownOrNoColumn_SaysWhatTheFrameHas()
    {
        var frame = new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<int>("quintile", [1]));

        var unknown = Assert.Throws<ArgumentException>(() => frame.WithLabelColumns(["decile"], "a decile is a label"));
        var none = Assert.Throws<ArgumentException>(() => frame.WithLabelColumns([], "no columns"));

        Assert.StartsWith("WithLabelColumns: the frame has no column 'decile'; its columns are 'quintile'.", unknown.Message, StringComparison.Ordinal);
        Assert.StartsWith(NotebookMessages.NoLabelColumns, none.Message, StringComparison.Ordinal);
    }
}
