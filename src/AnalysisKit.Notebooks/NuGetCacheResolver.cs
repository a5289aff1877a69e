namespace AnalysisKit.Notebooks;

/// <summary>
/// Finds a package's assemblies in the local NuGet cache (<c>~/.nuget/packages/&lt;id-lower&gt;/&lt;version&gt;/lib/&lt;tfm&gt;/</c>).
/// The engine never downloads: a package that is not in the cache is an error naming where it looked.
/// Dependencies are not followed; reference them with their own <c>#r</c> lines.
/// </summary>
public static class NuGetCacheResolver
{
    /// <summary>Target frameworks tried in order of preference for a net10.0 host.</summary>
    public static IReadOnlyList<string> FrameworkPreference { get; } =
    [
        "net10.0", "net9.0", "net8.0", "net7.0", "net6.0", "net5.0", "netcoreapp3.1", "netstandard2.1", "netstandard2.0",
    ];

    /// <summary>The cache folder: <c>NUGET_PACKAGES</c> when set, else <c>~/.nuget/packages</c>.</summary>
    public static string DefaultFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrEmpty(fromEnvironment)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : fromEnvironment;
    }

    /// <summary>
    /// The assembly files of <paramref name="packageId"/> at <paramref name="version"/> (or the highest cached version
    /// when null) for the best framework; throws <see cref="FileNotFoundException"/> naming the folder searched.
    /// </summary>
    public static IReadOnlyList<string> Resolve(string packageId, string? version, string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(packageId);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var packageFolder = Path.Combine(folder, packageId.ToLowerInvariant());
        if (!Directory.Exists(packageFolder))
        {
            throw new FileNotFoundException(NotebookMessages.NuGetPackageNotCached(packageId, version, packageFolder));
        }

        var versionFolder = version is null
            ? Directory.GetDirectories(packageFolder)
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0))
                .FirstOrDefault()
            : Path.Combine(packageFolder, version.ToLowerInvariant());
        if (versionFolder is null || !Directory.Exists(versionFolder))
        {
            throw new FileNotFoundException(NotebookMessages.NuGetPackageNotCached(packageId, version, versionFolder ?? packageFolder));
        }

        foreach (var framework in FrameworkPreference)
        {
            var lib = Path.Combine(versionFolder, "lib", framework);
            if (Directory.Exists(lib))
            {
                var dlls = Directory.GetFiles(lib, "*.dll").OrderBy(f => f, StringComparer.Ordinal).ToList();
                if (dlls.Count > 0)
                {
                    return dlls;
                }
            }
        }

        throw new FileNotFoundException(NotebookMessages.NuGetNoCompatibleFramework(packageId, versionFolder));
    }
}
