using Xunit;

namespace AnalysisKit.Testing;

/// <summary>
/// Where the repository and the reference folder beside it (<c>../shared</c>) are, seen from a running test.
/// </summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test binary that holds AnalysisKit.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The <c>shared</c> folder beside the repository root, or null when it is absent (a user's fresh clone).</summary>
    public static string? Shared
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("ANALYSISKIT_SHARED");
            var candidate = string.IsNullOrEmpty(fromEnvironment)
                ? Path.GetFullPath(Path.Combine(Root, "..", "shared"))
                : Path.GetFullPath(fromEnvironment);
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>
    /// The path of a file or folder under <c>../shared</c>; skips the calling test with a message naming what is
    /// missing when <c>../shared</c> (third-party data that is never committed) is not beside the repository.
    /// </summary>
    public static string SharedOrSkip(string relativePath)
    {
        var shared = Shared;
        if (shared is null)
        {
            Assert.Skip($"../shared is not beside the repository ({Path.GetFullPath(Path.Combine(Root, "..", "shared"))}); " +
                        $"this test reads third-party data from ../shared/{relativePath}, which is never committed.");
        }

        var path = Path.Combine(shared!, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"../shared/{relativePath} is absent from {shared}.");
        }

        return path;
    }

    /// <summary>A path inside the repository, from a path relative to its root.</summary>
    public static string InRepo(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AnalysisKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
               ?? throw new InvalidOperationException($"No AnalysisKit.sln above {AppContext.BaseDirectory}.");
    }
}
