using System.Runtime.InteropServices;

namespace AnalysisKit.Extracts;

/// <summary>
/// Turns repeated codes (practice, BNF, board) and repeated text into one shared string each. An open-addressing table
/// keyed by a fast hash of the characters answers a lookup with one comparison in the common case and stays cheap with
/// tens of thousands of distinct codes (it grows to keep at most half its slots full). The hash is seeded per process
/// (from <see cref="HashCode"/>'s random seed); should a file still make probe runs long (as a file built to collide
/// could), the interner moves everything to an ordinal dictionary with .NET's randomised string hashing, so lookups
/// never degrade to a scan.
/// </summary>
internal sealed class CodeInterner
{
    private static readonly ulong Seed = unchecked((ulong)HashCode.Combine(0x5EED) * 0x9E3779B97F4A7C15) | 1;
    private readonly int _maxProbes;

    private string?[] _strings = new string?[256];
    private uint[] _hashes = new uint[256];
    private Dictionary<string, string>? _fallback;
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _fallbackLookup;

    /// <summary>An interner whose probe runs may grow to <paramref name="maxProbes"/> before it moves to a dictionary (tests lower it).</summary>
    public CodeInterner(int maxProbes = 32) => _maxProbes = maxProbes;

    /// <summary>How many distinct strings have been interned.</summary>
    public int Count { get; private set; }

    /// <summary>The shared string equal to <paramref name="text"/>, created the first time it is seen.</summary>
    public string Intern(ReadOnlySpan<char> text)
    {
        if (_fallback is not null)
        {
            return FromDictionary(text);
        }

        var hash = Hash(text);
        var mask = _strings.Length - 1;
        var slot = unchecked((int)hash) & mask;
        for (var probes = 0; probes < _maxProbes; probes++)
        {
            var candidate = _strings[slot];
            if (candidate is null)
            {
                var value = text.ToString();
                _strings[slot] = value;
                _hashes[slot] = hash;
                if (++Count * 2 > _strings.Length)
                {
                    Grow();
                }

                return value;
            }

            if (_hashes[slot] == hash && text.SequenceEqual(candidate))
            {
                return candidate;
            }

            slot = (slot + 1) & mask;
        }

        MoveToDictionary();
        return FromDictionary(text);
    }

    /// <summary>A multiplicative hash of the characters eight bytes at a time (the last word overlapping), seeded per process.</summary>
    private static uint Hash(ReadOnlySpan<char> text)
    {
        unchecked
        {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var bytes = MemoryMarshal.AsBytes(text);
        var hash = Seed ^ (ulong)bytes.Length;
        if (bytes.Length >= 8)
        {
            var i = 0;
            for (; i + 8 < bytes.Length; i += 8)
            {
                hash = (hash ^ MemoryMarshal.Read<ulong>(bytes[i..])) * Multiplier;
                hash ^= hash >> 29;
            }

            hash = (hash ^ MemoryMarshal.Read<ulong>(bytes[^8..])) * Multiplier;
        }
        else
        {
            ulong tail = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                tail |= (ulong)bytes[i] << (8 * i);
            }

            hash = (hash ^ tail) * Multiplier;
        }

        hash ^= hash >> 32;
        return (uint)hash;
        }
    }

    private void Grow()
    {
        var strings = _strings;
        var hashes = _hashes;
        _strings = new string?[strings.Length * 2];
        _hashes = new uint[strings.Length * 2];
        var mask = _strings.Length - 1;
        for (var i = 0; i < strings.Length; i++)
        {
            if (strings[i] is { } value)
            {
                var slot = unchecked((int)hashes[i]) & mask;
                while (_strings[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                _strings[slot] = value;
                _hashes[slot] = hashes[i];
            }
        }
    }

    private void MoveToDictionary()
    {
        _fallback = new Dictionary<string, string>(Count, StringComparer.Ordinal);
        foreach (var value in _strings)
        {
            if (value is not null)
            {
                _fallback[value] = value;
            }
        }

        _fallbackLookup = _fallback.GetAlternateLookup<ReadOnlySpan<char>>();
        _strings = [];
        _hashes = [];
    }

    private string FromDictionary(ReadOnlySpan<char> text)
    {
        if (!_fallbackLookup.TryGetValue(text, out var value))
        {
            value = text.ToString();
            _fallback!.Add(value, value);
            Count++;
        }

        return value;
    }
}
