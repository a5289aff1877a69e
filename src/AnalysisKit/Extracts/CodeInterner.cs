using System.Runtime.InteropServices;

namespace AnalysisKit.Extracts;

/// <summary>
/// Turns repeated codes (practice, BNF, board) and repeated text into one shared string each. An open-addressing table
/// keyed by a fast hash of the characters answers a lookup with one comparison in the common case and stays cheap with
/// tens of thousands of distinct codes (it grows to keep at most a quarter of its slots full: with linear probing at
/// half full, 12,000 BNF codes already made probe runs of 20–34 slots, which sent the table to its slower fallback). The hash is seeded per process
/// (from <see cref="HashCode"/>'s random seed); should a file still make probe runs long (as a file built to collide
/// could), the interner moves everything to an ordinal dictionary with .NET's randomised string hashing, so lookups
/// never degrade to a scan.
/// </summary>
internal sealed class CodeInterner
{
    private static readonly ulong Seed = unchecked((ulong)HashCode.Combine(0x5EED) * 0x9E3779B97F4A7C15) | 1;
    private readonly int _maxProbes;

    private Entry[] _entries = new Entry[256];
    private string[] _values = new string[64];
    private Dictionary<string, string>? _fallback;
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _fallbackLookup;

    /// <summary>An interner whose probe runs may grow to <paramref name="maxProbes"/> before it moves to a dictionary (tests lower it).</summary>
    public CodeInterner(int maxProbes = 32) => _maxProbes = maxProbes;

    /// <summary>True once probe runs grew too long and lookups moved to the ordinal dictionary.</summary>
    internal bool UsesDictionary => _fallback is not null;

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
        var entries = _entries;
        var mask = entries.Length - 1;
        var slot = unchecked((int)hash) & mask;
        for (var probes = 0; probes < _maxProbes; probes++)
        {
            ref var entry = ref entries[slot];
            if (entry.Number == 0)
            {
                var value = text.ToString();
                if (Count == _values.Length)
                {
                    Array.Resize(ref _values, Count * 2);
                }

                _values[Count] = value;
                entry = new Entry(++Count, hash);
                if (Count * 4 > entries.Length)
                {
                    Grow();
                }

                return value;
            }

            if (entry.Hash == hash && _values[entry.Number - 1] is var candidate && text.SequenceEqual(candidate))
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
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Number != 0)
            {
                var slot = unchecked((int)entry.Hash) & mask;
                while (_entries[slot].Number != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _entries[slot] = entry;
            }
        }
    }

    private void MoveToDictionary()
    {
        _fallback = new Dictionary<string, string>(Count, StringComparer.Ordinal);
        foreach (var value in _values.AsSpan(0, Count))
        {
            _fallback[value] = value;
        }

        _fallbackLookup = _fallback.GetAlternateLookup<ReadOnlySpan<char>>();
        _entries = [];
        _values = [];
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

    /// <summary>
    /// A slot: the string's number (1-based position in the list of values; 0 for an empty slot) beside its hash, eight
    /// bytes, so the table stays small and a probe reads one cache line.
    /// </summary>
    private readonly record struct Entry(int Number, uint Hash);
}
