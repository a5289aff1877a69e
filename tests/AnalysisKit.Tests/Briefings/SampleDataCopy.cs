using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// A copy of data-samples (briefing.json, its schema, geography and the extracts) in a temporary folder, with lines of
/// chosen files rewritten, so a test can plant a bad value and build the briefing from the copy's briefing.json.
/// </summary>
internal sealed class SampleDataCopy : IDisposable
{
    public SampleDataCopy(Func<string, string, string>? rewrite = null)
    {
        var samples = RepoPaths.InRepo("data-samples");
        foreach (var file in Directory.GetFiles(samples, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var relative = System.IO.Path.GetRelativePath(samples, file);
            var target = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            if (rewrite is null)
            {
                File.Copy(file, target);
            }
            else
            {
                File.WriteAllLines(target, File.ReadAllLines(file).Select(line => rewrite(relative.Replace('\\', '/'), line)));
            }
        }
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("akit-briefing-data-").FullName;

    public string Definition => System.IO.Path.Combine(Path, "briefing.json");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
