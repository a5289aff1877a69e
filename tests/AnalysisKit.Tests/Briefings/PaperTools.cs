using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// Reads a PDF back as a person would, with poppler-utils (<c>pdfinfo</c>, <c>pdftotext -raw</c>, which keeps each
/// table cell's words together in drawing order), and runs Chromium on a page. Skips the calling test with a clear
/// message when a tool is absent, except in CI (<c>CI=true</c>), where <c>.ci/run</c> installs them.
/// </summary>
internal static partial class PaperTools
{
    public static void SkipIfAbsent(params string[] tools)
    {
        foreach (var tool in tools)
        {
            if (!File.Exists(tool) && Environment.GetEnvironmentVariable("CI") != "true")
            {
                Assert.Skip($"{tool} is not installed; apt-get install -y chromium poppler-utils to check briefings on paper. CI installs them.");
            }
        }
    }

    public const string PdfToText = "/usr/bin/pdftotext";
    public const string PdfInfo = "/usr/bin/pdfinfo";

    /// <summary>The PDF's text in drawing order, whitespace collapsed to single spaces and line-end hyphens joined ("patient- years" → "patient-years").</summary>
    public static string Text(string pdf) => Normalise(Run(PdfToText, "-raw", pdf, "-"));

    /// <summary>pdfinfo's "Pages" and "Page size" lines.</summary>
    public static (int Pages, string Size) Info(string pdf)
    {
        var info = Run(PdfInfo, pdf);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (pages, Regex.Match(info, @"Page size:\s+(.*)").Groups[1].Value.Trim());
    }

    /// <summary>Text as <see cref="Text"/> normalises it, so expected strings compare with what the PDF holds.</summary>
    public static string Normalise(string text) => Hyphen().Replace(Space().Replace(text, " "), "-").Trim();

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(true);
            Assert.Fail($"{tool} did not finish within 120 s");
        }

        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {error.Result}");
        return output;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"(?<=[A-Za-z])- (?=[a-z])")]
    private static partial Regex Hyphen();
}
