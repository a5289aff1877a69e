using System.IO.Compression;

namespace AnalysisKit.Workbooks;

/// <summary>
/// Rewrites an Open XML package (e.g. an .xlsx just written by DocumentFormat.OpenXml) so the same content always gives
/// the same bytes: entries in a fixed order (<c>[Content_Types].xml</c> first, then by name, ordinal) and every entry
/// stamped 1980-01-01, the earliest time a zip entry can hold, instead of the time it was written.
/// </summary>
public static class DeterministicPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies the package in <paramref name="package"/> to <paramref name="target"/>, entry by entry.</summary>
    /// <param name="package">The package as written, readable from its start.</param>
    /// <param name="target">Where the rewritten package goes; left open.</param>
    public static void Repack(Stream package, Stream target)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(target);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
