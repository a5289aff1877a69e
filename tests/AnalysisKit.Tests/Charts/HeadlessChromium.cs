using System.Diagnostics;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// Runs /usr/bin/chromium headless on a page, with the flags from ENGINEERING-NOTES.md plus those that stop it making
/// outside connections; skips the calling test with a clear message when Chromium is not installed.
/// </summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static void SkipIfAbsent()
    {
        if (!File.Exists(Path))
        {
            Assert.Skip($"Chromium is not installed at {Path}; install it (apt-get install -y chromium) to render charts in a browser. CI installs it.");
        }
    }

    /// <summary>Runs Chromium with the common flags, a throwaway profile in <paramref name="folder"/>, the extra arguments, and the page last.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string folder, string page, params string[] extra)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=920,1220",
                     "--disable-background-networking", "--disable-component-update", "--no-first-run",
                     $"--user-data-dir={System.IO.Path.Combine(folder, "profile")}",
                 }.Concat(extra).Append(new Uri(page).AbsoluteUri))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within 90 s.");
        }

        return (process.ExitCode, await output, await errors);
    }
}
