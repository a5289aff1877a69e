using System.CommandLine;
using System.Diagnostics;

namespace AnalysisKit.Cli.Tests;

/// <summary>Runs <c>akit</c> in this process (as Program.cs builds it) or as a separate process, capturing its output.</summary>
internal static class Akit
{
    public static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        var root = new RootCommand("akit");
        foreach (var command in AkitCommands.All())
        {
            root.Subcommands.Add(command);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Output, string Error) AsProcess(TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "akit.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"akit {string.Join(' ', args)} did not finish within {limit}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A fresh temporary folder holding a copy of the sample briefing notebook and its CSV.</summary>
    public static string SampleFolder()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var source = Testing.RepoPaths.InRepo(Path.Combine("tests", "AnalysisKit.Notebooks.Tests", "TestData", "Notebooks"));
        File.Copy(Path.Combine(source, "sample-briefing.ipynb"), Path.Combine(folder, "sample-briefing.ipynb"));
        File.Copy(Path.Combine(source, "practices.csv"), Path.Combine(folder, "practices.csv"));
        return folder;
    }

    public static string WriteNotebook(string folder, string name, params Notebooks.NotebookCell[] cells)
    {
        var notebook = Notebooks.Notebook.NewCSharp();
        foreach (var cell in cells)
        {
            notebook.Insert(notebook.Cells.Count, cell);
        }

        var path = Path.Combine(folder, name);
        Notebooks.NotebookFile.SaveAtomic(notebook, path);
        return path;
    }
}
