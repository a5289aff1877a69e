using System.Collections.Concurrent;
using System.Diagnostics;
using Xunit;

namespace AnalysisKit.Testing;

/// <summary>
/// Debian's real Jupyter clients, for tests that check the kernel and the notebooks written against them:
/// /usr/bin/python3 with python3-jupyter-client 7.4.9, python3-nbclient 0.7.2, python3-nbconvert 6.5.3 and
/// python3-nbformat 5.5 (the python3 first on PATH may be another Python without them). A test that needs them skips when
/// they are absent, except in CI (<c>CI=true</c>, where <c>.ci/run</c> installs them), where it fails.
/// </summary>
public static class JupyterClients
{
    private static readonly ConcurrentDictionary<string, string?> Found = new(StringComparer.Ordinal);

    /// <summary>
    /// A python3 that imports every module in <paramref name="modules"/> (e.g. <c>nbconvert</c>); skips the calling test
    /// (fails it on CI) naming the Debian packages to install when there is none.
    /// </summary>
    public static string Python(params string[] modules)
    {
        var key = string.Join(",", modules);
        var python = Found.GetOrAdd(key, _ => Search(modules));
        if (python is null)
        {
            var message = $"python3 with {string.Join(", ", modules)} is not installed " +
                          $"(apt-get install {string.Join(' ', modules.Select(m => "python3-" + m.Replace('_', '-')))}).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        return python!;
    }

    /// <summary>
    /// Checks <paramref name="notebooks"/> with nbformat's strict schema validation (tests/AnalysisKit.Testing/Jupyter/
    /// validate_notebooks.py: the JSON schema of the version each declares, no upgrade or repair, nbformat's warnings as
    /// errors) and fails naming every problem.
    /// </summary>
    public static void AssertValid(IEnumerable<string> notebooks)
    {
        var paths = notebooks.ToList();
        Assert.NotEmpty(paths);
        var python = Python("nbformat", "jsonschema");
        var (code, output, error) = Run(python, [RepoPaths.InRepo(Path.Combine("tests", "AnalysisKit.Testing", "Jupyter", "validate_notebooks.py")), .. paths],
            TimeSpan.FromMinutes(2));
        Assert.True(code == 0, $"nbformat validation failed:\n{output}\n{error}");
    }

    /// <summary>Runs a process to the end (killed after <paramref name="limit"/>), returning its exit code and output.</summary>
    public static (int ExitCode, string Output, string Error) Run(string file, IEnumerable<string> arguments, TimeSpan limit,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, output.Result, $"{Path.GetFileName(file)} did not finish within {limit}.\n{error.Result}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string? Search(string[] modules)
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                var (code, _, _) = Run(candidate, ["-c", "import " + string.Join(", ", modules)], TimeSpan.FromSeconds(60));
                if (code == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed; try the next.
            }
        }

        return null;
    }
}
