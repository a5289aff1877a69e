using System.Diagnostics;
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
    public void Notebooks_ThroughJupyterClient_MatchTheirStoredOutputs()
    {
        var run = Run.Value;
        foreach (var (source, executed) in run.Notebooks)
        {
            var stored = NotebookFile.Load(source);
            var fresh = NotebookFile.Load(executed);
            var differences = NotebookComparison.Compare(stored, fresh, OutputSanitizer.DefaultFolders(source));
            Assert.True(differences.Count == 0, $"{Path.GetFileName(source)} through the kernel differs from its stored outputs:\n{string.Join("\n", differences)}");
        }
    }

    /// <summary>00-getting-started.ipynb draws a chart: through the kernel it arrives as a Plotly figure object with HTML beside it.</summary>
    [Fact]
    public void Charts_ArriveAsPlotlyJsonWithHtmlFallback()
    {
        Assert.True(Run.Value.Result["plotly_figures"]!.GetValue<int>() >= 1);
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
        Assert.Equal("cell 3, line 1: boom", error["traceback"]![0]!.GetValue<string>());
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
        Assert.Equal("The cell was cancelled.", result["interrupt_cooperative"]!["reply"]!["evalue"]!.GetValue<string>());
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
        Assert.Equal("System.Math.Sqrt(double)", result["inspect"]!["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void RestartAndShutdown_Work()
    {
        var result = Run.Value.Result;
        Assert.Equal(1, result["after_restart"]!["reply"]!["execution_count"]!.GetValue<int>());
        Assert.False(result["alive_after_shutdown"]!.GetValue<bool>());
    }

    private static List<string> Types(JsonNode exchange) =>
        exchange["iopub"]!.AsArray().Select(m => m!["msg_type"]!.GetValue<string>()).ToList();

    private static JsonNode Iopub(JsonNode exchange, string type) =>
        exchange["iopub"]!.AsArray().Single(m => m!["msg_type"]!.GetValue<string>() == type)!["content"]!;

    private static JupyterRun RunJupyterClient()
    {
        var python = FindPython();
        var folder = Directory.CreateTempSubdirectory("akit-jupyter-").FullName;
        var (code, _, stderr) = Akit.AsProcess(TimeSpan.FromSeconds(60), "kernel", "install", "--dir", Path.Combine(folder, "kernels"), "--name", "akit-test");
        Assert.True(code == 0, stderr);

        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["JUPYTER_PATH"] = folder;
        start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(folder, "runtime");
        start.ArgumentList.Add(Testing.RepoPaths.InRepo(Path.Combine("tests", "AnalysisKit.Cli.Tests", "Kernel", "jupyter_client_check.py")));
        start.ArgumentList.Add("akit-test");
        var resultPath = Path.Combine(folder, "result.json");
        start.ArgumentList.Add(resultPath);
        var notebooks = new List<(string, string)>();
        foreach (var source in Directory.GetFiles(Testing.RepoPaths.InRepo("notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            var executed = Path.Combine(folder, Path.GetFileName(source));
            notebooks.Add((source, executed));
            start.ArgumentList.Add(source);
            start.ArgumentList.Add(executed);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(180)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("jupyter_client_check.py did not finish within 180 s.\n" + error.Result);
        }

        Assert.True(process.ExitCode == 0, $"jupyter_client_check.py exited {process.ExitCode}\n{output.Result}\n{error.Result}");
        return new JupyterRun(JsonNode.Parse(File.ReadAllText(resultPath))!, error.Result, notebooks);
    }

    /// <summary>/usr/bin/python3 or python3 with jupyter_client and nbclient; skips (fails on CI) when there is none.</summary>
    internal static string FindPython()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                var start = new ProcessStartInfo(candidate, ["-c", "import jupyter_client, nbclient"]) { RedirectStandardError = true, UseShellExecute = false };
                using var process = Process.Start(start)!;
                _ = process.StandardError.ReadToEnd();
                if (process.WaitForExit(TimeSpan.FromSeconds(30)) && process.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed; try the next.
            }
        }

        const string message = "python3 with jupyter_client and nbclient is not installed (apt-get install python3-jupyter-client python3-nbclient).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return string.Empty;
    }

    private sealed record JupyterRun(JsonNode Result, string Log, IReadOnlyList<(string Source, string Executed)> Notebooks);
}
