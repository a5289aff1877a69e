using System.Diagnostics;

namespace AnalysisKit.Briefings;

/// <summary>Prints an HTML file to PDF with headless Chromium (offline: background networking and updates off).</summary>
public static class ChromiumPdf
{
    /// <summary>Where Chromium is looked for by default.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The arguments before the output and the page (headless, no sandbox, no GPU, no header/footer, offline).</summary>
    public static IReadOnlyList<string> BaseArguments { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-extensions", "--run-all-compositor-stages-before-draw",
        "--virtual-time-budget=10000",
    ];

    /// <summary>Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/>.</summary>
    /// <param name="htmlPath">The page.</param>
    /// <param name="pdfPath">The PDF to write.</param>
    /// <param name="chromium">Chromium's executable.</param>
    /// <exception cref="FileNotFoundException">Chromium is not there.</exception>
    /// <exception cref="InvalidOperationException">Chromium did not write the PDF.</exception>
    public static void Print(string htmlPath, string pdfPath, string chromium = DefaultPath) =>
        Run(chromium, ["--print-to-pdf=" + Path.GetFullPath(pdfPath), new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri], pdfPath);

    /// <summary>Runs Chromium headless with extra arguments and returns its standard output (e.g. with --dump-dom).</summary>
    /// <param name="chromium">Chromium's executable.</param>
    /// <param name="arguments">Arguments after <see cref="BaseArguments"/>, the page last.</param>
    /// <param name="expectedFile">A file Chromium must write, or null.</param>
    /// <returns>Standard output and standard error.</returns>
    public static (string Output, string Error) Run(string chromium, IReadOnlyList<string> arguments, string? expectedFile = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (!File.Exists(chromium))
        {
            throw new FileNotFoundException(BriefingMessages.ChromiumMissing(chromium), chromium);
        }

        var profile = Directory.CreateTempSubdirectory("akit-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in BaseArguments.Append("--user-data-dir=" + profile.FullName).Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (expectedFile is not null && !File.Exists(expectedFile))
            {
                throw new InvalidOperationException(BriefingMessages.ChromiumFailed(process.ExitCode, error.Result));
            }

            return (output, error.Result);
        }
        finally
        {
            profile.Delete(true);
        }
    }
}
