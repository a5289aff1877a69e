namespace AnalysisKit.Extracts;

/// <summary>
/// Turns repeated codes (practice, BNF, month text) into one shared string each. A small direct-mapped cache keyed by a
/// cheap hash of the characters answers most lookups with one comparison; misses go to an ordinal dictionary (with
/// .NET's randomised hashing, so a hostile file cannot make lookups slow), which is the source of truth.
/// </summary>
internal sealed class CodeInterner
{
    private const int CacheSize = 1 << 12;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string?[] _cache = new string?[CacheSize];

    public CodeInterner() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared string equal to <paramref name="text"/>, created the first time it is seen.</summary>
    public string Intern(ReadOnlySpan<char> text)
    {
        var slot = Slot(text);
        var cached = _cache[slot];
        if (cached is not null && text.SequenceEqual(cached))
        {
            return cached;
        }

        if (!_lookup.TryGetValue(text, out var value))
        {
            value = text.ToString();
            _strings.Add(value, value);
        }

        _cache[slot] = value;
        return value;
    }

    /// <summary>FNV-1a over the characters, folded to the cache size.</summary>
    private static int Slot(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)((hash ^ (hash >> 15)) & (CacheSize - 1));
    }
}
