using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace AnalysisKit.Notebooks.Kernel;

/// <summary>
/// The XML documentation of a symbol for the kernel's inspect replies, read from the <c>.xml</c> file beside the assembly
/// that defines it (AnalysisKit's own, and the packages' when the build copies them:
/// <c>CopyDocumentationFilesFromPackages</c>) or, for .NET itself, from the SDK's reference pack
/// (<c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net10.0/*.xml</c>), where a type implemented in
/// System.Private.CoreLib is documented in System.Runtime.xml and others. Files are read on first use and kept.
/// Scripting references carry no documentation provider, so Roslyn's own lookup returns nothing.
/// </summary>
internal static class XmlDocumentation
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, XElement>> Files = new(StringComparer.Ordinal);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> FrameworkIndex = new(IndexFramework);

    /// <summary>
    /// The summary (and, for a method, what it returns, unless that is a table) of <paramref name="symbol"/> as plain text, or null when no
    /// documentation is found.
    /// </summary>
    public static string? Describe(ISymbol symbol)
    {
        var definition = symbol.OriginalDefinition;
        var id = definition.GetDocumentationCommentId();
        if (id is null || Find(definition.ContainingAssembly?.Identity.Name, id) is not { } member)
        {
            return null;
        }

        var parts = new List<string>();
        if (member.Element("summary") is { } summary && Text(summary) is { Length: > 0 } text)
        {
            parts.Add(text);
        }

        if (member.Element("returns") is { } returns && !returns.Descendants("list").Any() && Text(returns) is { Length: > 0 } returned)
        {
            parts.Add("Returns: " + returned);
        }

        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    private static XElement? Find(string? assemblyName, string id)
    {
        foreach (var file in Candidates(assemblyName))
        {
            if (Load(file).TryGetValue(id, out var member))
            {
                return member;
            }
        }

        // A framework type implemented in one assembly and documented under another reference assembly's name.
        return FrameworkIndex.Value.TryGetValue(id, out var indexed) && Load(indexed).TryGetValue(id, out var found) ? found : null;
    }

    private static IEnumerable<string> Candidates(string? assemblyName)
    {
        if (assemblyName is null)
        {
            yield break;
        }

        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => !a.IsDynamic && string.Equals(a.GetName().Name, assemblyName, StringComparison.Ordinal));
        if (loaded is { Location.Length: > 0 } && Path.ChangeExtension(loaded.Location, ".xml") is var beside && File.Exists(beside))
        {
            yield return beside;
        }

        if (FrameworkReferenceFolder() is { } reference)
        {
            var own = Path.Combine(reference, assemblyName + ".xml");
            if (File.Exists(own))
            {
                yield return own;
            }

            var runtime = Path.Combine(reference, "System.Runtime.xml");
            if (File.Exists(runtime))
            {
                yield return runtime;
            }
        }
    }

    /// <summary>
    /// The reference pack folder of the running framework (<c>dotnet/packs/Microsoft.NETCore.App.Ref/V/ref/netX.Y</c>):
    /// the same version as the runtime if installed, else the newest with the same major and minor; null without an SDK.
    /// </summary>
    internal static string? FrameworkReferenceFolder()
    {
        var shared = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var version = Environment.Version;
        if (shared is null || Directory.GetParent(shared)?.Parent?.Parent is not { } root)
        {
            return null;
        }

        var packs = Path.Combine(root.FullName, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        var prefix = $"{version.Major}.{version.Minor}.";
        var chosen = Directory.GetDirectories(packs)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(v => v.StartsWith(prefix, StringComparison.Ordinal))
            .OrderByDescending(v => string.Equals(v, Path.GetFileName(shared), StringComparison.Ordinal))
            .ThenByDescending(v => Version.TryParse(v.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
            .FirstOrDefault();
        var folder = chosen is null ? null : Path.Combine(packs, chosen, "ref", $"net{version.Major}.{version.Minor}");
        return folder is not null && Directory.Exists(folder) ? folder : null;
    }

    private static IReadOnlyDictionary<string, XElement> Load(string file) => Files.GetOrAdd(file, path =>
    {
        try
        {
            var members = XDocument.Load(path).Root?.Element("members")?.Elements("member") ?? [];
            var byId = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                if (member.Attribute("name")?.Value is { } name)
                {
                    byId.TryAdd(name, member);
                }
            }

            return byId;
        }
        catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
        {
            return new Dictionary<string, XElement>(StringComparer.Ordinal);
        }
    });

    /// <summary>Member id → file for every XML file of the framework reference pack (names only, streamed).</summary>
    private static IReadOnlyDictionary<string, string> IndexFramework()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        if (FrameworkReferenceFolder() is not { } folder)
        {
            return index;
        }

        foreach (var file in Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            try
            {
                using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
                while (reader.ReadToFollowing("member"))
                {
                    if (reader.GetAttribute("name") is { } name)
                    {
                        index.TryAdd(name, file);
                    }
                }
            }
            catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
            {
                // An unreadable file documents nothing.
            }
        }

        return index;
    }

    /// <summary>The element's text with <c>see</c>/<c>paramref</c> references as names and whitespace collapsed.</summary>
    private static string Text(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    var reference = see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? see.Attribute("href")?.Value ?? see.Value;
                    text.Append(see.Value.Length > 0 ? see.Value : ShortName(reference));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } parameter:
                    text.Append(parameter.Attribute("name")?.Value);
                    break;
                case XElement inner:
                    text.Append(Text(inner));
                    break;
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary><c>T:System.Math</c> → <c>Math</c>; <c>M:System.Math.Sqrt(System.Double)</c> → <c>Math.Sqrt</c>.</summary>
    private static string ShortName(string reference)
    {
        var name = reference.Length > 2 && reference[1] == ':' ? reference[2..] : reference;
        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        if (parameters >= 0)
        {
            name = name[..parameters];
        }

        var parts = name.Split('.');
        return parts.Length >= 2 && reference.StartsWith("T:", StringComparison.Ordinal) ? parts[^1]
            : parts.Length >= 2 ? parts[^2] + "." + parts[^1] : name;
    }
}
