using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Kernel;

/// <summary>
/// A Jupyter kernelspec (<c>kernels/&lt;name&gt;/kernel.json</c>) that Jupyter, JupyterLab and VS Code's Jupyter
/// extension find and use to start the kernel (https://jupyter-client.readthedocs.io/en/stable/kernels.html).
/// </summary>
public static class KernelSpec
{
    /// <summary>The kernelspec name used when none is given.</summary>
    public const string DefaultName = "akit-csharp";

    /// <summary>The name shown in kernel pickers.</summary>
    public const string DisplayName = ".NET (C#) — AnalysisKit";

    /// <summary>
    /// The kernelspec name Polyglot Notebooks (retired) wrote into C# notebooks' metadata. <c>akit kernel install</c>
    /// also registers the AnalysisKit kernel under it, so those notebooks open and run without editing.
    /// </summary>
    public const string PolyglotAliasName = ".net-csharp";

    /// <summary>The name the alias shows in kernel pickers, telling it apart from the main entry.</summary>
    public const string PolyglotAliasDisplayName = ".NET (C#) — AnalysisKit (for Polyglot notebooks)";

    /// <summary>
    /// The kernel.json for a kernel started with <paramref name="argv"/> (which must contain <c>{connection_file}</c>) and,
    /// when given, the environment variables Jupyter sets for it (<c>env</c>; e.g. DOTNET_ROOT for an apphost).
    /// </summary>
    public static string KernelJson(IReadOnlyList<string> argv, string displayName = DisplayName, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(argv);
        ArgumentNullException.ThrowIfNull(displayName);
        var json = new JsonObject
        {
            ["argv"] = new JsonArray(argv.Select(a => (JsonNode)JsonValue.Create(a)).ToArray()),
            ["display_name"] = displayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false, ["implementation"] = "akit" },
        };
        if (environment is { Count: > 0 })
        {
            var env = new JsonObject();
            foreach (var (name, value) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                env[name] = value;
            }

            json["env"] = env;
        }
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>
    /// Writes <c>kernel.json</c> into <paramref name="kernelsFolder"/>/<paramref name="name"/> and returns that folder.
    /// <paramref name="name"/> may contain only ASCII letters, digits, '-', '_' and '.', as Jupyter requires.
    /// </summary>
    public static string Write(string kernelsFolder, string name, IReadOnlyList<string> argv, string displayName = DisplayName,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(kernelsFolder);
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException(KernelMessages.BadKernelName(name), nameof(name));
        }

        var folder = Path.Combine(kernelsFolder, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kernel.json"), KernelJson(argv, displayName, environment));
        return folder;
    }

    /// <summary>
    /// The implementation recorded in an installed kernelspec (<c>metadata.implementation</c>: <c>akit</c> for ours), or
    /// null when <paramref name="kernelsFolder"/>/<paramref name="name"/> has no readable kernel.json.
    /// </summary>
    public static string? InstalledImplementation(string kernelsFolder, string name)
    {
        var file = Path.Combine(kernelsFolder, name, "kernel.json");
        try
        {
            return File.Exists(file) ? (JsonNode.Parse(File.ReadAllText(file))?["metadata"]?["implementation"] as JsonValue)?.ToString() ?? string.Empty : null;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    /// <summary>
    /// Where Jupyter looks for kernelspecs: per user (<c>~/.local/share/jupyter/kernels</c>, <c>%APPDATA%\jupyter\kernels</c>,
    /// <c>~/Library/Jupyter/kernels</c>), under a prefix (<c>prefix/share/jupyter/kernels</c>), or system-wide
    /// (<c>/usr/local/share/jupyter/kernels</c>, <c>%PROGRAMDATA%\jupyter\kernels</c>).
    /// </summary>
    public static string KernelsFolder(bool user, string? prefix)
    {
        if (prefix is not null)
        {
            return Path.Combine(prefix, "share", "jupyter", "kernels");
        }

        if (OperatingSystem.IsWindows())
        {
            var root = Environment.GetFolderPath(user ? Environment.SpecialFolder.ApplicationData : Environment.SpecialFolder.CommonApplicationData);
            return Path.Combine(root, "jupyter", "kernels");
        }

        if (!user)
        {
            return "/usr/local/share/jupyter/kernels";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter", "kernels");
        }

        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(data) ? Path.Combine(home, ".local", "share") : data, "jupyter", "kernels");
    }
}
