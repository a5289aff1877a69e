using System.Globalization;

namespace AnalysisKit.Notebooks.Guard;

/// <summary>What a piece of a line is, for <see cref="CountsInText"/>.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Other,
    Symbol,
    Space,
}

/// <summary>One piece of a line: its kind, where it is, its text, and for a number its value and decimals.</summary>
internal sealed record TextToken(TokenKind Kind, int Start, int End, string Text)
{
    public decimal Value { get; init; }

    public int Decimals { get; init; }

    public bool Whole { get; init; }
}

/// <summary>
/// Splits a line of free text into tokens the way a reader sees numbers: "3,456", "2.5", "2025-03-01", "12:30" and
/// "Scotland's" are one piece each; "3/40" is two numbers and a slash.
/// </summary>
internal static class TextTokens
{
    /// <summary>A line as words, numbers (with their value), other chunks (dates, times, ranges, versions), symbols and spaces.</summary>
    public static List<TextToken> Split(string line)
    {
        var tokens = new List<TextToken>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                var start = i;
                while (i < line.Length && char.IsWhiteSpace(line[i]))
                {
                    i++;
                }

                tokens.Add(new TextToken(TokenKind.Space, start, i, line[start..i]));
                continue;
            }

            if (!IsWordChar(c))
            {
                tokens.Add(new TextToken(TokenKind.Symbol, i, i + 1, line[i..(i + 1)]));
                i++;
                continue;
            }

            var chunkStart = i;
            i = ChunkEnd(line, i);
            AddChunk(tokens, line, chunkStart, i);
        }

        return tokens;
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The end of a run of letters, digits and the joiners inside words and numbers (3,456 · 2.5 · 2025-03-01 · 12:30 · Scotland's).</summary>
    private static int ChunkEnd(string line, int i)
    {
        var start = i;
        while (i < line.Length)
        {
            var c = line[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            if (i == start || i + 1 >= line.Length || !IsWordChar(line[i + 1]))
            {
                break;
            }

            char previous = line[i - 1], next = line[i + 1];
            var joins = c switch
            {
                '-' or '‐' or '‑' or '–' => true,
                '\'' or '’' => char.IsLetter(previous) && char.IsLetter(next),
                '.' or '/' or ':' => char.IsAsciiDigit(previous) && char.IsAsciiDigit(next),
                ',' => char.IsAsciiDigit(previous) && IsThousands(line, i, start),
                _ => false,
            };
            if (!joins)
            {
                break;
            }

            i++;
        }

        return i;
    }

    /// <summary>",456" after 1–3 digits (or an earlier group): a thousands separator, not a list.</summary>
    private static bool IsThousands(string line, int comma, int start)
    {
        if (comma + 4 > line.Length || line.AsSpan(comma + 1, 3).ContainsAnyExcept("0123456789") || (comma + 4 < line.Length && char.IsAsciiDigit(line[comma + 4])))
        {
            return false;
        }

        var group = line.AsSpan(start, comma - start);
        var lastComma = group.LastIndexOf(',');
        var digits = lastComma >= 0 ? group[(lastComma + 1)..] : group;
        return !digits.ContainsAnyExcept("0123456789") && (lastComma >= 0 ? digits.Length == 3 : digits.Length is >= 1 and <= 3);
    }

    private static void AddChunk(List<TextToken> tokens, string line, int start, int end)
    {
        var chunk = line[start..end];
        if (chunk.Any(c => char.IsLetter(c) || c == '_'))
        {
            tokens.Add(new TextToken(TokenKind.Word, start, end, chunk));
            return;
        }

        var slash = chunk.IndexOf('/');
        if (slash > 0 && chunk.Count(c => c == '/') == 1 && chunk.All(c => char.IsAsciiDigit(c) || c == '/'))
        {
            // "3/40": three of forty; each part is a number.
            AddChunk(tokens, line, start, start + slash);
            tokens.Add(new TextToken(TokenKind.Symbol, start + slash, start + slash + 1, "/"));
            AddChunk(tokens, line, start + slash + 1, end);
            return;
        }

        if (chunk.IndexOfAny(['/', ':', '-', '‐', '‑', '–']) >= 0 || chunk.Count(c => c == '.') > 1)
        {
            tokens.Add(new TextToken(TokenKind.Other, start, end, chunk)); // a date, time, range or version
            return;
        }

        var plain = chunk.Replace(",", string.Empty, StringComparison.Ordinal);
        if (plain.Length > 28 || !decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            tokens.Add(new TextToken(TokenKind.Other, start, end, chunk));
            return;
        }

        var dot = plain.IndexOf('.');
        var decimals = dot < 0 ? 0 : plain.Length - dot - 1;
        tokens.Add(new TextToken(TokenKind.Number, start, end, chunk) { Value = value, Decimals = decimals, Whole = value == decimal.Truncate(value) });
    }
}
