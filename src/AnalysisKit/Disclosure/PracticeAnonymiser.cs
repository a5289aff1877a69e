using System.Security.Cryptography;
using System.Text;

namespace AnalysisKit.Disclosure;

/// <summary>
/// Labels the practices of an area "Practice A", "Practice B", … in an order nobody can work out from the practice
/// codes: each practice is ranked by HMAC-SHA256(release key, scope ‖ variant ‖ practice code), so the letters are
/// stable for the same key, area and variant (one release reprinted gives the same letters) and change with any of
/// them. Practice codes, names and list sizes are public; letters in code order (or in any order computed from public
/// facts alone) would be decoded by anyone holding the practice list.
/// </summary>
/// <remarks>
/// What holds and what does not:
/// <list type="bullet">
/// <item>Without the key, the ranking is a pseudo-random permutation (HMAC-SHA256 is a PRF): the letters say nothing
/// about the codes. Keep the key out of the published files (the briefing writes only a digest-free note of where the
/// letters came from).</item>
/// <item>A named-practice variant draws its own letters for everyone else (the variant is part of the HMAC input), so
/// holding the anonymous and a named variant does not carry a letter from one to the other through the label
/// alone.</item>
/// <item>Each release should have its own key: with one key for every release, decoding one practice in one release
/// (for instance from a value the practice quoted) would decode it in every release.</item>
/// <item>Letters hide nothing that the numbers give away: a value with its denominator, a one-practice group, or
/// exact values with the public list sizes and the area's total can put letters back to practices; the briefing
/// publishes neither counts nor one-practice groups for anonymised practices and rounds their values (see
/// <c>Briefings/README.md</c>), and its tests decode both variants as an attacker would.</item>
/// </list>
/// </remarks>
public sealed class PracticeAnonymiser
{
    /// <summary>The fewest key bytes accepted (256 bits, the HMAC-SHA256 block's security level).</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] key;

    /// <summary>An anonymiser with a release key.</summary>
    /// <param name="key">The release key, at least <see cref="MinimumKeyBytes"/> bytes; kept secret, one per release.</param>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyBytes"/>.</exception>
    public PracticeAnonymiser(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException(DisclosureMessages.AnonymiserKeyTooShort(key.Length, MinimumKeyBytes), nameof(key));
        }

        this.key = key.ToArray();
    }

    /// <summary>
    /// An anonymiser whose key is read from a file: the file's bytes (at least <see cref="MinimumKeyBytes"/>; e.g. 64
    /// hex characters written by <c>openssl rand -hex 32</c>). Keep the file outside the published folder.
    /// </summary>
    /// <param name="path">The key file.</param>
    /// <exception cref="FileNotFoundException">The file is not there.</exception>
    /// <exception cref="ArgumentException">The file holds fewer than <see cref="MinimumKeyBytes"/> bytes.</exception>
    public static PracticeAnonymiser FromKeyFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(DisclosureMessages.AnonymiserKeyFileMissing(path), path);
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < MinimumKeyBytes)
        {
            throw new ArgumentException(DisclosureMessages.AnonymiserKeyFileTooShort(path, bytes.Length, MinimumKeyBytes), nameof(path));
        }

        return new PracticeAnonymiser(bytes);
    }

    /// <summary>
    /// An anonymiser keyed by the contents of files that are not published (e.g. the extracts a briefing is made
    /// from): the key is SHA-256 over a fixed prefix and each file's length and bytes. Anyone holding those files can
    /// recompute the letters (they can read every practice's data anyway); nobody holding only the published output
    /// can, since a published SHA-256 of a file is not the SHA-256 of the prefixed bytes. A new extract (a new release)
    /// gives new letters.
    /// </summary>
    /// <param name="paths">The unpublished input files, in a fixed order.</param>
    public static PracticeAnonymiser FromUnpublishedFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData("akit practice letters v1\n"u8);
        foreach (var path in paths)
        {
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return new PracticeAnonymiser(hash.GetHashAndReset());
    }

    /// <summary>
    /// Labels for the practices of one area: "Practice A", "Practice B", … (then AA, AB, … past 26) in HMAC order,
    /// or the named practice's own text for <paramref name="named"/>.
    /// </summary>
    /// <param name="scope">What the letters belong to, e.g. the area code and period ("GPC082 2025-01..2025-12"): the same practice
    /// gets unrelated letters in different scopes.</param>
    /// <param name="practiceCodes">The area's practice codes, each once.</param>
    /// <param name="named">The practice a named variant is for, or null for the anonymous variant; everyone else then gets
    /// letters drawn for this variant alone.</param>
    /// <param name="namedLabel">The named practice's label (e.g. its code and name); required with <paramref name="named"/>.</param>
    /// <returns>Label by practice code.</returns>
    /// <exception cref="ArgumentException">A code is repeated, or <paramref name="named"/> is not one of the codes.</exception>
    public IReadOnlyDictionary<string, string> Labels(string scope, IEnumerable<string> practiceCodes, string? named = null, string? namedLabel = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(practiceCodes);
        var codes = practiceCodes.ToList();
        var duplicate = codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(DisclosureMessages.AnonymiserDuplicateCode(duplicate.Key), nameof(practiceCodes));
        }

        if (named is not null && !codes.Contains(named, StringComparer.Ordinal))
        {
            throw new ArgumentException(DisclosureMessages.AnonymiserNamedNotListed(named), nameof(named));
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var others = codes.Where(c => !string.Equals(c, named, StringComparison.Ordinal))
            .Select(c => (Code: c, Rank: Convert.ToHexString(Rank(scope, named, c))))
            .OrderBy(c => c.Rank, StringComparer.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        for (var i = 0; i < others.Count; i++)
        {
            labels[others[i].Code] = "Practice " + Letter(i);
        }

        if (named is not null)
        {
            labels[named] = namedLabel ?? named;
        }

        return labels;
    }

    /// <summary>A, B, …, Z, AA, AB, … for 0, 1, 2, ….</summary>
    /// <param name="index">0 or more.</param>
    public static string Letter(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return index < 26 ? ((char)('A' + index)).ToString() : Letter((index / 26) - 1) + Letter(index % 26);
    }

    private byte[] Rank(string scope, string? variant, string code)
    {
        // Length-prefixed fields, so no two (scope, variant, code) triples give the same input.
        var message = new StringBuilder();
        foreach (var field in new[] { scope, variant ?? "", code })
        {
            message.Append(field.Length).Append(':').Append(field).Append('\n');
        }

        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message.ToString()));
    }
}
