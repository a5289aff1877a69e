using System.Text.Json.Nodes;
using AnalysisKit.Cli.Commands;
using AnalysisKit.Notebooks;
using AnalysisKit.Notebooks.Kernel;

namespace AnalysisKit.Cli.Tests.Kernel;

/// <summary>
/// <c>akit kernel</c> driven by a real Jupyter client: the kernelspec written by <c>akit kernel install</c> is found
/// through JUPYTER_PATH, nbclient executes every notebook in <c>notebooks/</c> through it (compared with the stored
/// outputs exactly as <c>akit test</c> compares them), and jupyter_client checks the protocol: failing cells, a wrongly
/// signed and a malformed message, interrupts, is_complete, complete, inspect, heartbeat, restart and shutdown.
/// </summary>
[Collection("Jupyter kernel")]
public sealed class KernelCommandTests
{
    private static readonly Lazy<JupyterRun> Run = new(RunJupyterClient, LazyThreadSafetyMode.ExecutionAndPublication);

    [Fact]
    public void Install_WritesKernelJsonThatStartsThisAkit()
    {
        var folder = Directory.CreateTempSubdirectory("akit-kernelspec-").FullName;
        var (code, stdout, stderr) = Akit.AsProcess(TimeSpan.FromSeconds(60), "kernel", "install", "--dir", folder, "--name", "akit-test");
        Assert.True(code == 0, stderr);
        Assert.Contains("Installed kernelspec in", stdout, StringComparison.Ordinal);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "akit-test", "kernel.json")))!.AsObject();
        var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal(["kernel", "--connection-file", "{connection_file}"], argv[^3..]);
        Assert.True(File.Exists(argv[0]), $"argv[0] {argv[0]} does not exist");
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "akit.dll"), argv[1]);
        Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
        Assert.Equal(".NET (C#) — AnalysisKit", spec["display_name"]!.GetValue<string>());
        Assert.Equal("C#", spec["language"]!.GetValue<string>());
    }

    /// <summary>Install also registers the kernel as '.net-csharp' (Polyglot's name), so notebooks Polyglot wrote run unchanged.</summary>
    [Fact]
    public void Install_AlsoRegistersThePolyglotName_UnlessToldNotTo()
    {
        var folder = Directory.CreateTempSubdirectory("akit-kernelspec-").FullName;
        var (code, stdout, stderr) = Akit.Invoke("kernel", "install", "--dir", folder);
        Assert.True(code == 0, stderr);
        var main = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, KernelSpec.DefaultName, "kernel.json")))!;
        var alias = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, ".net-csharp", "kernel.json")))!;
        Assert.Equal(main["argv"]!.ToJsonString(), alias["argv"]!.ToJsonString());
        Assert.Equal(".NET (C#) — AnalysisKit (for Polyglot notebooks)", alias["display_name"]!.GetValue<string>());
        Assert.Equal(
            $"Installed kernelspec in {Path.Combine(folder, KernelSpec.DefaultName)}\n" +
            $"Installed kernelspec alias '.net-csharp' in {Path.Combine(folder, ".net-csharp")}: notebooks written by Polyglot Notebooks run with this kernel. " +
            "Pass --no-polyglot-alias to leave that name alone.\n",
            stdout);

        var other = Directory.CreateTempSubdirectory("akit-kernelspec-").FullName;
        Assert.Equal(0, Akit.Invoke("kernel", "install", "--dir", other, "--no-polyglot-alias").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(other, ".net-csharp")));
    }

    [Fact]
    public void Install_OverAnotherKernelsPolyglotName_SaysItReplacedIt()
    {
        var folder = Directory.CreateTempSubdirectory("akit-kernelspec-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, ".net-csharp"));
        File.WriteAllText(Path.Combine(folder, ".net-csharp", "kernel.json"), """{"argv": ["dotnet", "interactive", "jupyter"], "display_name": ".NET (C#)", "language": "C#"}""");
        var (code, stdout, _) = Akit.Invoke("kernel", "install", "--dir", folder);
        Assert.Equal(0, code);
        Assert.Contains(KernelMessages.AliasInstalled(Path.Combine(folder, ".net-csharp"), replaced: true), stdout, StringComparison.Ordinal);
        Assert.Contains("(it replaces the kernelspec of that name that was there: Polyglot's .NET Interactive is retired)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Install_BadName_IsRefusedWithTheRule()
    {
        var folder = Directory.CreateTempSubdirectory("akit-kernelspec-").FullName;
        var (code, _, stderr) = Akit.Invoke("kernel", "install", "--dir", folder, "--name", "bad name");
        Assert.Equal(KernelCommand.UsageError, code);
        Assert.Contains(KernelMessages.BadKernelName("bad name"), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Kernel_NonLoopbackIp_IsRefusedBeforeBinding()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("akit-kernel-").FullName, "connection.json");
        File.WriteAllText(file, """{"ip": "0.0.0.0", "transport": "tcp", "key": "k", "signature_scheme": "hmac-sha256", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}""");
        var (code, _, stderr) = Akit.Invoke("kernel", "--connection-file", file);
        Assert.Equal(KernelCommand.UsageError, code);
        Assert.Contains(KernelMessages.NotLoopback("connection.json", "0.0.0.0"), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void KernelInfo_AndHeartbeat_Answer()
    {
        var result = Run.Value.Result;
        Assert.Equal("5.3", result["kernel_info"]!["protocol_version"]!.GetValue<string>());
        Assert.Equal("C#", result["kernel_info"]!["language_info"]!["name"]!.GetValue<string>());
        Assert.True(result["heartbeat"]!.GetValue<bool>());
    }

    [Fact]
    public void Execute_SharesStateAndPublishesStreamAndResultInOrder()
    {
        var result = Run.Value.Result;
        Assert.Equal(["status", "execute_input", "stream", "execute_result", "status"], Types(result["first"]!));
        Assert.Equal("hello\n", Iopub(result["first"]!, "stream")["text"]!.GetValue<string>());
        Assert.Equal("42", Iopub(result["first"]!, "execute_result")["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal("43", Iopub(result["second"]!, "execute_result")["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal(2, result["second"]!["reply"]!["execution_count"]!.GetValue<int>());
        Assert.Equal("<b>hi</b>", Iopub(result["html"]!, "display_data")["data"]!["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void FailingCell_RepliesErrorAndPublishesError()
    {
        var failing = Run.Value.Result["failing"]!;
        Assert.Equal("error", failing["reply"]!["status"]!.GetValue<string>());
        Assert.Equal("System.InvalidOperationException", failing["reply"]!["ename"]!.GetValue<string>());
        var error = Iopub(failing, "error");
        Assert.Equal("boom", error["evalue"]!.GetValue<string>());
        Assert.Equal(["System.InvalidOperationException: boom", "   at cell 3, line 1"], error["traceback"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("CompilationError", Run.Value.Result["compile_error"]!["reply"]!["ename"]!.GetValue<string>());
    }

    [Fact]
    public void ConsoleOutput_IsPublishedWhileTheCellRuns()
    {
        var result = Run.Value.Result;
        Assert.Equal(["early\n", "late\n"], result["live_stream_texts"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.True(result["live_stream_lead_seconds"]!.GetValue<double>() > 1.0, "the first line arrived only when the cell ended");
    }

    [Fact]
    public void FailingCell_AbortsTheRequestsQueuedBehindIt()
    {
        var stop = Run.Value.Result["stop_on_error"]!;
        Assert.Equal("error", stop["failing"]!["status"]!.GetValue<string>());
        Assert.Equal("aborted", stop["queued"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain("SHOULD NOT RUN EITHER", Run.Value.Result["stop_on_error"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WronglySignedAndMalformedMessages_AreRejectedAndLogged_KernelKeepsAnswering()
    {
        var run = Run.Value;
        var after = run.Result["after_bad_messages"]!;
        Assert.Equal("42", Iopub(after, "execute_result")["data"]!["text/plain"]!.GetValue<string>());
        // The wrongly signed execute_request did not run: the count is one past the stop-on-error cell's.
        Assert.Equal(Run.Value.Result["stop_on_error"]!["failing"]!["execution_count"]!.GetValue<int>() + 1, after["reply"]!["execution_count"]!.GetValue<int>());
        Assert.DoesNotContain("SHOULD NOT RUN", run.Result.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(KernelMessages.BadSignature("shell"), run.Log, StringComparison.Ordinal);
        Assert.Contains("rejected a malformed message on shell", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Interrupt_OfCodeIgnoringCancellation_ReturnsWithinGraceAndStartsAFreshSession()
    {
        var interrupt = Run.Value.Result["interrupt"]!;
        Assert.Equal("error", interrupt["reply"]!["status"]!.GetValue<string>());
        Assert.True(interrupt["seconds"]!.GetValue<double>() < 4, "the interrupt took more than the engine's cancellation grace");
        Assert.Equal(KernelMessages.SessionRestarted + "\n", Iopub(interrupt, "stream")["text"]!.GetValue<string>());
    }

    [Fact]
    public void Interrupt_OfCooperativeCode_StopsItAndTheKernelRunsTheNextCell()
    {
        var result = Run.Value.Result;
        Assert.Equal("KeyboardInterrupt", result["interrupt_cooperative"]!["reply"]!["ename"]!.GetValue<string>());
        Assert.Equal("interrupted", result["interrupt_cooperative"]!["reply"]!["evalue"]!.GetValue<string>());
        Assert.Equal("interrupted", Iopub(result["interrupt_cooperative"]!, "error")["evalue"]!.GetValue<string>());
        Assert.Equal("5", Iopub(result["after_interrupt"]!, "execute_result")["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void IsCompleteCompleteAndInspect_UseRoslyn()
    {
        var result = Run.Value.Result;
        Assert.Equal("complete", result["is_complete"]!["complete"]!["status"]!.GetValue<string>());
        Assert.Equal("incomplete", result["is_complete"]!["incomplete"]!["status"]!.GetValue<string>());
        var matches = result["complete"]!["matches"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains("Max", matches);
        Assert.All(matches, m => Assert.StartsWith("Ma", m, StringComparison.Ordinal));
        Assert.Equal(5, result["complete"]!["cursor_start"]!.GetValue<int>());
        Assert.Contains("x", result["complete_local"]!["matches"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.StartsWith("double Math.Sqrt(double d)\n\nReturns the square root of a specified number.", result["inspect"]!["data"]!["text/plain"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>is_complete: more input could finish "var x =" (incomplete); "var x = ;" cannot parse whatever follows (invalid).</summary>
    [Fact]
    public void IsComplete_TellsIncompleteFromInvalid()
    {
        var result = Run.Value.Result["is_complete"]!;
        Assert.Equal("incomplete", result["unfinished_expression"]!["status"]!.GetValue<string>());
        Assert.Equal("invalid", result["invalid"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public void Complete_AfterADotInAUsingOrQualifiedName_OffersTheNamespaces()
    {
        var result = Run.Value.Result;
        Assert.Equal(["Text"], Matches(result["complete_using"]!).Where(m => m == "Text"));
        Assert.All(Matches(result["complete_using"]!), m => Assert.StartsWith("Te", m, StringComparison.Ordinal));
        Assert.Equal(13, result["complete_using"]!["cursor_start"]!.GetValue<int>());
        Assert.Contains("Generic", Matches(result["complete_namespace"]!));
    }

    /// <summary>Inspect of a variable from an earlier cell gives its type and the type's documentation (Int32's summary in the SDK's reference pack).</summary>
    [Fact]
    public void Inspect_OfAVariable_GivesItsTypeAndTheTypesDocumentation()
    {
        var text = Run.Value.Result["inspect_variable"]!["data"]!["text/plain"]!.GetValue<string>();
        Assert.Equal("(variable) int x\n\nint: Represents a 32-bit signed integer.", text);
    }

    /// <summary>
    /// 100,000 lines (the issue's case: 17,294 of them arrived before) come through whole, in order, in a few coalesced
    /// messages, and the execute ends with status idle.
    /// </summary>
    [Fact]
    public void LargeOutput_ArrivesWholeInFewMessages_AndEndsIdle()
    {
        var large = Run.Value.Result["large_100k"]!;
        Assert.Equal("ok", large["reply_status"]!.GetValue<string>());
        Assert.Equal(100_000, large["stdout_lines"]!.GetValue<int>());
        Assert.True(large["stdout_in_order"]!.GetValue<bool>());
        Assert.InRange(large["stream_messages"]!.GetValue<int>(), 1, 100);
        Assert.Equal("", large["stderr"]!.GetValue<string>());
        Assert.Equal("idle", large["last"]!["content"]!["execution_state"]!.GetValue<string>());
    }

    /// <summary>
    /// A million lines: the first two million characters arrive in order with no gap, then a note says what was cut, and
    /// the execute ends with status idle (before, messages were dropped and idle never came). The line counts are exact:
    /// "line i\n" is 6 + digits(i) characters, so lines 0–99,999 take 1,088,890 characters and the remaining 911,110
    /// of the limit hold 75,925 lines of 12 characters with 10 left over: 175,925 whole lines (1,999,990 characters) are
    /// kept and the cut falls at the line end before the partial one; of the 11,888,890 characters written, the rest is cut.
    /// </summary>
    [Fact]
    public void MillionLines_KeepTheLimitThenANoteOfWhatWasCut_AndEndIdle()
    {
        var large = Run.Value.Result["large_1m"]!;
        Assert.Equal("ok", large["reply_status"]!.GetValue<string>());
        Assert.Equal(175_925, large["stdout_lines"]!.GetValue<int>());
        Assert.True(large["stdout_in_order"]!.GetValue<bool>());
        Assert.InRange(large["stream_messages"]!.GetValue<int>(), 2, 200);
        Assert.Equal(NotebookMessages.StreamCut(2_000_000, [("stdout", 11_888_890 - 1_999_990, 1_000_000 - 175_925)]) + "\n", large["stderr"]!.GetValue<string>());
        Assert.Equal("idle", large["last"]!["content"]!["execution_state"]!.GetValue<string>());
    }

    [Fact]
    public void Nbclient_GetsAHundredThousandLinesWhole_WithoutAnIopubTimeout()
    {
        var run = Run.Value.Result["nbclient_100k"]!;
        Assert.True(run["whole"]!.GetValue<bool>(), $"nbclient stored {run["characters"]} characters, not the 1,088,890 printed");
        Assert.DoesNotContain(run["log"]!.AsArray(), m => m!.GetValue<string>().Contains("Timeout waiting for IOPub", StringComparison.Ordinal));
        Assert.InRange(run["outputs"]!.GetValue<int>(), 1, 100);
    }

    [Fact]
    public void EmojiWrittenOneCharAtATime_ArriveWhole()
    {
        var emoji = Run.Value.Result["emoji"]!;
        var text = string.Concat(emoji["iopub"]!.AsArray().Where(m => m!["msg_type"]!.GetValue<string>() == "stream").Select(m => m!["content"]!["text"]!.GetValue<string>()));
        Assert.Equal("\U0001F600\U0001F44D", text);
    }

    [Fact]
    public void ConsoleTextFromManyThreads_ArrivesWhole()
    {
        var threads = Run.Value.Result["threads"]!;
        var lines = string.Concat(threads["iopub"]!.AsArray().Where(m => m!["msg_type"]!.GetValue<string>() == "stream").Select(m => m!["content"]!["text"]!.GetValue<string>()))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = Enumerable.Range(0, 8).SelectMany(t => Enumerable.Range(0, 1000).Select(i => $"t{t} line {i + 1000}")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, lines.Order(StringComparer.Ordinal));
    }

    /// <summary>As ipykernel 6.17 answers (checked with Debian's python3 kernel): ok, execution count unchanged, no outputs.</summary>
    [Fact]
    public void ExecuteWithNoCode_IsHandledAsIpykernelDoes()
    {
        var result = Run.Value.Result;
        var before = result["count_before_empty"]!.GetValue<int>();
        foreach (var name in new[] { "empty", "blank" })
        {
            var exchange = result[name]!;
            Assert.Equal("ok", exchange["reply"]!["status"]!.GetValue<string>());
            Assert.Equal(before, exchange["reply"]!["execution_count"]!.GetValue<int>());
            Assert.Equal(["status", "execute_input", "status"], Types(exchange));
        }
    }

    [Fact]
    public void Exception_ShowsTheOuterExceptionItsInnerOnesAndTheCellFrames()
    {
        var inner = Run.Value.Result["inner"]!;
        Assert.Equal("System.InvalidOperationException", inner["reply"]!["ename"]!.GetValue<string>());
        Assert.Equal("could not load abc", inner["reply"]!["evalue"]!.GetValue<string>());
        var cell = inner["reply"]!["execution_count"]!.GetValue<int>();
        var definedIn = cell - 1;
        var traceback = Iopub(inner, "error")["traceback"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
        Assert.Equal(
        [
            "System.InvalidOperationException: could not load abc",
            $"   at Load(string) in cell {definedIn}, line 4",
            $"   at cell {cell}, line 2",
            " ---> System.FormatException: The input string 'abc' was not in a correct format.",
            $"   at Load(string) in cell {definedIn}, line 3",
        ], traceback);
        Assert.Equal(traceback, inner["reply"]!["traceback"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public void RestartAndShutdown_Work()
    {
        var result = Run.Value.Result;
        Assert.Equal(1, result["after_restart"]!["reply"]!["execution_count"]!.GetValue<int>());
        Assert.False(result["alive_after_shutdown"]!.GetValue<bool>());
    }

    private static List<string> Matches(JsonNode reply) => reply["matches"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();

    private static List<string> Types(JsonNode exchange) =>
        exchange["iopub"]!.AsArray().Select(m => m!["msg_type"]!.GetValue<string>()).ToList();

    private static JsonNode Iopub(JsonNode exchange, string type) =>
        exchange["iopub"]!.AsArray().Single(m => m!["msg_type"]!.GetValue<string>() == type)!["content"]!;

    private static JupyterRun RunJupyterClient()
    {
        var python = Testing.JupyterClients.Python("jupyter_client", "nbclient");
        var folder = Directory.CreateTempSubdirectory("akit-jupyter-").FullName;
        var (code, _, stderr) = Akit.AsProcess(TimeSpan.FromSeconds(60), "kernel", "install", "--dir", Path.Combine(folder, "kernels"), "--name", "akit-test", "--no-polyglot-alias");
        Assert.True(code == 0, stderr);

        var resultPath = Path.Combine(folder, "result.json");
        var (exit, output, error) = Testing.JupyterClients.Run(python,
            [Testing.RepoPaths.InRepo(Path.Combine("tests", "AnalysisKit.Cli.Tests", "Kernel", "jupyter_client_check.py")), "akit-test", resultPath, folder],
            TimeSpan.FromMinutes(5),
            new Dictionary<string, string> { ["JUPYTER_PATH"] = folder, ["JUPYTER_RUNTIME_DIR"] = Path.Combine(folder, "runtime") });
        Assert.True(exit == 0, $"jupyter_client_check.py exited {exit}\n{output}\n{error}");
        return new JupyterRun(JsonNode.Parse(File.ReadAllText(resultPath))!, error);
    }

    private sealed record JupyterRun(JsonNode Result, string Log);
}
