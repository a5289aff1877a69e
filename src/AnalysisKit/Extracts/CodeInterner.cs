using System.Runtime.InteropServices;

namespace AnalysisKit.Extracts;

/// <summary>
/// Turns repeated codes (practice, BNF, month text) into one shared string each. A small direct-mapped cache keyed by a
/// cheap hash of the characters answers most lookups with one comparison; misses go to an ordinal dictionary (with
/// .NET's randomised hashing, so a hostile file cannot make lookups slow), which is the source of truth.
/// </summary>
internal sealed class CodeInterner
{
    private const int CacheSize = 1 << 14;

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

    /// <summary>A multiplicative hash of the characters eight bytes at a time, folded to the cache size.</summary>
    private static int Slot(ReadOnlySpan<char> text)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var bytes = MemoryMarshal.AsBytes(text);
        var hash = (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = unchecked((hash ^ MemoryMarshal.Read<ulong>(bytes)) * Multiplier);
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        hash = unchecked((hash ^ tail) * Multiplier);
        return (int)(hash >> (64 - 14));
    }
}
