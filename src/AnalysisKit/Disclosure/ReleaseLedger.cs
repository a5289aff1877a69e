using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AnalysisKit.Disclosure;

/// <summary>
/// The release ledger: what every release of a project published (cells with their keys, period, policy, relations),
/// kept by the analyst in one JSON file so that a later release of the same counts — at another level, for another
/// period, under another policy — is suppressed taking the earlier ones into account (<see cref="ReleaseHistory"/>).
/// A ledger holds only what was published: a suppressed cell is written <c>"*"</c> with no value, so the file is no
/// more sensitive than the releases themselves, and it must never hold a hidden value (the audit files hold those).
/// Written deterministically: the same releases give the same bytes.
/// </summary>
public sealed class ReleaseLedger
{
    /// <summary>The format marker written in every ledger.</summary>
    public const string Format = "akit-release-ledger-1";

    private static readonly JsonSerializerOptions Text = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ReleaseLedger(IReadOnlyList<LedgerRelease> releases) => Releases = releases;

    /// <summary>A ledger with no releases (a project's first release).</summary>
    public static ReleaseLedger Empty { get; } = new([]);

    /// <summary>The releases, in the order recorded.</summary>
    public IReadOnlyList<LedgerRelease> Releases { get; }

    /// <summary>The ledger in a file, or <see cref="Empty"/> when the file does not exist yet.</summary>
    /// <param name="path">The ledger's path.</param>
    public static ReleaseLedger Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : Empty;
    }

    /// <summary>Parses a ledger; every problem names the source and the release.</summary>
    /// <param name="json">The ledger's text.</param>
    /// <param name="source">Where it came from, for messages.</param>
    public static ReleaseLedger Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != Format)
            {
                throw new ArgumentException(DisclosureMessages.LedgerInvalid(source, null, $"it is not a release ledger (no \"format\": \"{Format}\")."));
            }

            var releases = new List<LedgerRelease>();
            foreach (var element in root.GetProperty("releases").EnumerateArray())
            {
                releases.Add(ReadRelease(element, source));
            }

            var duplicate = releases.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new ArgumentException(DisclosureMessages.LedgerInvalid(source, duplicate.Key, "the name is recorded twice."));
            }

            return new ReleaseLedger(releases);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ArgumentException(DisclosureMessages.LedgerInvalid(source, null, e.Message), e);
        }
    }

    /// <summary>The release of that name, or null.</summary>
    /// <param name="name">A release name.</param>
    public LedgerRelease? Find(string name) => Releases.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// This ledger with <paramref name="release"/> recorded. The same release recorded again (same cells) changes
    /// nothing; another release under a name already recorded is refused unless <paramref name="replace"/> (for a
    /// version that was never published).
    /// </summary>
    /// <param name="release">The release to record.</param>
    /// <param name="replace">True to replace a release of the same name.</param>
    /// <param name="source">The ledger's path, for messages.</param>
    public ReleaseLedger With(LedgerRelease release, bool replace, string source)
    {
        ArgumentNullException.ThrowIfNull(release);
        var existing = Find(release.Name);
        if (existing is not null && !existing.SameAs(release) && !replace)
        {
            throw new ArgumentException(DisclosureMessages.ReleaseAlreadyRecorded(release.Name, source));
        }

        return existing is null
            ? new ReleaseLedger([.. Releases, release])
            : new ReleaseLedger(Releases.Select(r => ReferenceEquals(r, existing) ? release : r).ToList());
    }

    /// <summary>The ledger as JSON text: one line per row and relation, invariant culture, no dates or ids.</summary>
    public string ToJson() => Write(Releases);

    /// <summary>Writes the ledger to a temporary file beside <paramref name="path"/> and then moves it into place.</summary>
    /// <param name="path">The ledger's path.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var temporary = path + ".writing";
        File.WriteAllText(temporary, ToJson(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    internal static string Write(IEnumerable<LedgerRelease> releases)
    {
        var builder = new StringBuilder();
        builder.Append("{\n  \"format\": ").Append(Quote(Format)).Append(",\n");
        builder.Append("  \"about\": ").Append(Quote(DisclosureMessages.LedgerAbout)).Append(",\n");
        builder.Append("  \"releases\": [");
        var first = true;
        foreach (var release in releases)
        {
            builder.Append(first ? "\n" : ",\n");
            first = false;
            builder.Append("    {\n");
            builder.Append("      \"name\": ").Append(Quote(release.Name)).Append(",\n");
            builder.Append("      \"period\": ").Append(Quote(release.Period.ToString())).Append(",\n");
            builder.Append("      \"policy\": ").Append(Quote(release.Policy)).Append(",\n");
            builder.Append("      \"rule\": ").Append(Quote(release.Rule)).Append(",\n");
            builder.Append("      \"protectionWidth\": ").Append(release.ProtectionWidth.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            builder.Append("      \"zerosSuppressed\": ").Append(release.ZerosSuppressed ? "true" : "false").Append(",\n");
            builder.Append("      \"files\": ").Append(List(release.Files)).Append(",\n");
            builder.Append("      \"levels\": ").Append(List(release.Levels)).Append(",\n");
            builder.Append("      \"columns\": ").Append(List(release.Columns)).Append(",\n");
            builder.Append("      \"rows\": [");
            for (var r = 0; r < release.Rows.Count; r++)
            {
                var row = release.Rows[r];
                builder.Append(r == 0 ? "\n" : ",\n").Append("        { \"keys\": ").Append(List(row.Keys)).Append(", \"cells\": [")
                    .AppendJoin(", ", row.Cells.Select(Cell)).Append("] }");
            }

            builder.Append(release.Rows.Count == 0 ? "],\n" : "\n      ],\n");
            builder.Append("      \"relations\": [");
            for (var i = 0; i < release.Relations.Count; i++)
            {
                var relation = release.Relations[i];
                builder.Append(i == 0 ? "\n" : ",\n").Append("        [")
                    .AppendJoin(", ", relation.Members.Prepend(relation.Total).Select(c => c.ToString(CultureInfo.InvariantCulture))).Append(']');
            }

            builder.Append(release.Relations.Count == 0 ? "]\n" : "\n      ]\n");
            builder.Append("    }");
        }

        builder.Append(first ? "]\n}\n" : "\n  ]\n}\n");
        return builder.ToString();
    }

    private static string Cell(LedgerCell cell) =>
        cell.Suppressed ? "\"*\"" : cell.Value is { } value ? value.ToString(CultureInfo.InvariantCulture) : "null";

    private static string Quote(string text) => JsonSerializer.Serialize(text, Text);

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    private static LedgerRelease ReadRelease(JsonElement element, string source)
    {
        var name = element.GetProperty("name").GetString() ?? string.Empty;
        try
        {
            var levels = Strings(element.GetProperty("levels"));
            var columns = Strings(element.GetProperty("columns"));
            var rows = element.GetProperty("rows").EnumerateArray().Select(row => new LedgerRow(
                Strings(row.GetProperty("keys")),
                row.GetProperty("cells").EnumerateArray().Select(ReadCell).ToList())).ToList();
            var relations = element.GetProperty("relations").EnumerateArray()
                .Select(r => r.EnumerateArray().Select(c => c.GetInt32()).ToList())
                .Select(r => new LedgerRelation(r[0], r.Skip(1).ToList())).ToList();
            var cells = rows.Count * columns.Count;
            if (rows.Any(r => r.Cells.Count != columns.Count || r.Keys.Count > levels.Count)
                || relations.Any(r => r.Members.Prepend(r.Total).Any(c => c < 0 || c >= cells)))
            {
                throw new FormatException("a row has the wrong number of cells or keys, or a relation names a cell that is not there.");
            }

            return new LedgerRelease(
                name,
                ReleasePeriod.Parse(element.GetProperty("period").GetString() ?? string.Empty),
                element.GetProperty("policy").GetString() ?? string.Empty,
                element.GetProperty("rule").GetString() ?? string.Empty,
                element.GetProperty("protectionWidth").GetInt64(),
                element.GetProperty("zerosSuppressed").GetBoolean(),
                Strings(element.GetProperty("files")),
                levels,
                columns,
                rows,
                relations);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new ArgumentException(DisclosureMessages.LedgerInvalid(source, name, e.Message), e);
        }
    }

    private static LedgerCell ReadCell(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.Null => LedgerCell.Missing,
        JsonValueKind.String when cell.GetString() == "*" => LedgerCell.Hidden,
        JsonValueKind.Number when cell.TryGetInt64(out var value) && value >= 0 => LedgerCell.Of(value),
        _ => throw new FormatException($"cell {cell.GetRawText()} is neither a count ≥ 0, \"*\" (suppressed) nor null (missing)."),
    };

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
}
