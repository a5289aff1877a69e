using System.Reflection;
using System.Text.RegularExpressions;

namespace AnalysisKit.Notebooks;

/// <summary>
/// The Polyglot directives of a cell, handled before compiling: <c>#!csharp</c> is dropped, <c>#!internal-use-only
/// reason</c> opts the session out of output checks (the reason is required and recorded), other <c>#!</c> kernels and
/// magic commands and <c>#i</c> are refused with a clear message, <c>#r</c> of an assembly the host already has
/// resolves to the host's loaded copy, and <c>#r "nuget: …"</c> resolves from the local NuGet cache. Handled lines
/// become blank so that line numbers in errors still match the cell.
/// </summary>
internal sealed partial class CellDirectives
{
    /// <summary>The directive that opts a session out of output checks, with its reason: <c>#!internal-use-only reason</c>.</summary>
    public const string InternalUseOnly = "internal-use-only";

    private CellDirectives(string code, IReadOnlyList<string> referencePaths, IReadOnlyList<string> notes, CellError? error, string? internalUseOnlyReason = null)
    {
        Code = code;
        ReferencePaths = referencePaths;
        Notes = notes;
        Error = error;
        InternalUseOnlyReason = internalUseOnlyReason;
    }

    public string Code { get; }

    public IReadOnlyList<string> ReferencePaths { get; }

    public IReadOnlyList<string> Notes { get; }

    public CellError? Error { get; }

    /// <summary>The reason given by <c>#!internal-use-only</c>, or null when the cell has none.</summary>
    public string? InternalUseOnlyReason { get; }

    public static CellDirectives Process(string code, int cellNumber, NotebookSessionOptions options)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var references = new List<string>();
        var notes = new List<string>();
        string? internalUseOnly = null;
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location))
            .GroupBy(a => a.GetName().Name ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var lineNumber = i + 1;
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = line[2..].Split(' ', 2)[0];
                if (name is "csharp" or "c#" or "cs")
                {
                    lines[i] = string.Empty;
                    continue;
                }

                if (name == InternalUseOnly)
                {
                    internalUseOnly = line[(2 + name.Length)..].Trim().Trim('"').Trim();
                    if (internalUseOnly.Length == 0)
                    {
                        return Fail(CellErrorKind.Unsupported, lineNumber, NotebookMessages.SessionOptOutNeedsReason);
                    }

                    lines[i] = string.Empty;
                    continue;
                }

                return Fail(CellErrorKind.Unsupported, lineNumber, NotebookMessages.UnsupportedDirective("#!" + name));
            }

            if (line.StartsWith("#i ", StringComparison.Ordinal) || line == "#i")
            {
                return Fail(CellErrorKind.Unsupported, lineNumber, NotebookMessages.UnsupportedPackageSource);
            }

            var nuget = NuGetReference().Match(line);
            if (nuget.Success)
            {
                var id = nuget.Groups["id"].Value.Trim();
                var version = nuget.Groups["version"].Success ? nuget.Groups["version"].Value.Trim() : null;
                lines[i] = string.Empty;
                if (loaded.TryGetValue(id, out var hostCopy))
                {
                    var hostVersion = InformationalVersion(hostCopy);
                    if (version is not null && !string.Equals(version, hostVersion, StringComparison.OrdinalIgnoreCase))
                    {
                        notes.Add(NotebookMessages.HostVersionUsed(id, version, hostVersion));
                    }

                    references.Add(hostCopy.Location);
                    continue;
                }

                try
                {
                    references.AddRange(NuGetCacheResolver.Resolve(id, version, options.NuGetPackagesFolder ?? NuGetCacheResolver.DefaultFolder()));
                }
                catch (FileNotFoundException ex)
                {
                    return Fail(CellErrorKind.Reference, lineNumber, ex.Message);
                }

                continue;
            }

            var path = PathReference().Match(line);
            if (path.Success)
            {
                var file = path.Groups["path"].Value;
                var assemblyName = Path.GetFileNameWithoutExtension(file);
                lines[i] = string.Empty;
                if (loaded.TryGetValue(assemblyName, out var hostCopy))
                {
                    references.Add(hostCopy.Location);
                    continue;
                }

                var full = Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(options.BaseDirectory ?? Environment.CurrentDirectory, file));
                if (!File.Exists(full))
                {
                    return Fail(CellErrorKind.Reference, lineNumber, NotebookMessages.ReferenceNotFound(file, full));
                }

                references.Add(full);
            }
        }

        return new CellDirectives(string.Join('\n', lines), references, notes, null, internalUseOnly);

        CellDirectives Fail(CellErrorKind kind, int lineNumber, string message) =>
            new(code, [], notes, new CellError(kind, cellNumber, lineNumber, 1, kind == CellErrorKind.Reference ? "ReferenceError" : "UnsupportedDirective", message));
    }

    private static string InformationalVersion(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<id>[^,"]+)(,\s*(?<version>[^"]+))?"\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^#r\s+"(?<path>[^"]+)"\s*$""")]
    private static partial Regex PathReference();
}
