namespace AnalysisKit.Notebooks.Tests;

/// <summary>Console text and errors as a cell's outputs: coalesced for live front ends, cut at the per-cell limit, whole under threads and surrogates.</summary>
public sealed class NotebookSessionOutputTests
{
    private static readonly NotebookEngine Engine = new();

    /// <summary>
    /// Limit 100: "line 0\n"…"line 9\n" are 7 characters (70), "line 10\n"… 8, so lines 0–12 (94 characters) fit and
    /// line 13 would end at 102: it and the 36 after it (37 lines × 8 = 296 characters) are cut, and a note says so.
    /// </summary>
    [Fact]
    public void Execute_ConsoleTextPastTheLimit_KeepsWholeLinesUpToItThenNotesWhatWasCut()
    {
        var session = new NotebookEngine(new NotebookSessionOptions { StreamLimit = 100 }).CreateSession();
        var result = session.Run("for (int i = 0; i < 50; i++) Console.WriteLine($\"line {i}\");");
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(2, result.Outputs.Count);
        Assert.Equal(string.Concat(Enumerable.Range(0, 13).Select(i => $"line {i}\n")), result.Outputs[0].Text);
        Assert.Equal(("stderr", NotebookMessages.StreamCut(100, [("stdout", 296, 37)]) + "\n"), (result.Outputs[1].StreamName, result.Outputs[1].Text));
    }

    [Fact]
    public void Execute_DefaultLimit_IsTheSameForEverySession() =>
        Assert.Equal(2_000_000, new NotebookSessionOptions().StreamLimit);

    /// <summary>10,000 lines (98,890 characters: 10×7 + 90×8 + 900×9 + 9,000×10) reach a live front end in a few coalesced pieces, not 10,000.</summary>
    [Fact]
    public void Execute_LiveConsoleText_IsCoalescedIntoFewPieces()
    {
        var pieces = new List<string>();
        var result = Engine.CreateSession().Execute("for (int i = 0; i < 10_000; i++) Console.WriteLine($\"line {i}\");", 1,
            TestContext.Current.CancellationToken, o => pieces.Add(o.Text!));
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.InRange(pieces.Count, 2, 10); // at least one 64 K chunk, then the rest when the cell ends
        Assert.Equal(98_890, string.Concat(pieces).Length);
        Assert.Equal(string.Concat(Enumerable.Range(0, 10_000).Select(i => $"line {i}\n")), string.Concat(pieces));
    }

    /// <summary>
    /// Each half of an emoji written one char at a time, 1 s apart (well past the 200 ms flush), still arrives in one
    /// piece. The flush runs on a thread-pool timer, which the other tests running in parallel can hold up: at 300 ms
    /// apart a clean-clone CI run once saw both emoji flushed together.
    /// </summary>
    [Fact]
    public void Execute_EmojiWrittenOneCharAtATime_NeverReachesTheFrontEndSplit()
    {
        var pieces = new List<string>();
        var result = Engine.CreateSession().Execute("foreach (var c in \"\\U0001F600\\U0001F44D\") { Console.Write(c); Thread.Sleep(1000); }", 1,
            TestContext.Current.CancellationToken, o => pieces.Add(o.Text!));
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("\U0001F600\U0001F44D", string.Concat(pieces));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1]) || char.IsLowSurrogate(p[0]), $"a piece splits a surrogate pair: {Convert.ToHexString(System.Text.Encoding.Unicode.GetBytes(p))}"));
        Assert.True(pieces.Count >= 2, "the two emoji were 2 s apart: they should arrive as they are written");
    }

    [Fact]
    public void Execute_ConsoleTextFromManyThreads_IsAllKept()
    {
        var result = Engine.CreateSession().Run("Parallel.For(0, 8, t => { for (var i = 0; i < 1000; i++) Console.WriteLine($\"t{t} {i}\"); });");
        Assert.True(result.Succeeded, result.Error?.ToString());
        var lines = Assert.Single(result.Outputs).Text!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, 8).SelectMany(t => Enumerable.Range(0, 1000).Select(i => $"t{t} {i}")).Order(StringComparer.Ordinal), lines.Order(StringComparer.Ordinal));
    }

    /// <summary>The outer exception names the error; its inner exception and the frames in both cells follow, as Jupyter shows a traceback.</summary>
    [Fact]
    public void Execute_ExceptionWithAnInnerOne_TracebackHasBothAndTheCellFrames()
    {
        var session = Engine.CreateSession();
        session.Run("int Load(string path)\n{\n    try { return int.Parse(path); }\n    catch (FormatException e) { throw new InvalidOperationException(\"could not load \" + path, e); }\n}", 1);
        var result = session.Run("var n = 1;\nLoad(\"abc\")", 2);
        Assert.Equal("System.InvalidOperationException", result.Error!.Name);
        Assert.Equal("could not load abc", result.Error.Message);
        Assert.Equal((1, 4), (result.Error.CellNumber, result.Error.Line!.Value));
        Assert.Equal(
        [
            "System.InvalidOperationException: could not load abc",
            "   at Load(string) in cell 1, line 4",
            "   at cell 2, line 2",
            " ---> System.FormatException: The input string 'abc' was not in a correct format.",
            "   at Load(string) in cell 1, line 3",
        ], result.Outputs.Single(o => o.Kind == CellOutputKind.Error).Traceback);
    }

    [Fact]
    public void Execute_ExceptionInALambdaAndALocalFunction_NamesThem()
    {
        var result = Engine.CreateSession().Run("int Twice(int x) => new[] { x }.Select(v => 10 / v).Single() * 2;\nTwice(0)", 1);
        Assert.Equal(
        [
            "System.DivideByZeroException: Attempted to divide by zero.",
            "   at lambda in cell 1, line 1",
            "   at Twice(int) in cell 1, line 1",
            "   at cell 1, line 2",
        ], result.Outputs.Single(o => o.Kind == CellOutputKind.Error).Traceback);
    }

    [Fact]
    public void Execute_CompileError_TracebackIsTheMessage()
    {
        var result = Engine.CreateSession().Run("var y = ;", 4);
        Assert.Equal(["cell 4, line 1: (1,9): error CS1525: Invalid expression term ';'"], result.Outputs.Single().Traceback);
    }
}
