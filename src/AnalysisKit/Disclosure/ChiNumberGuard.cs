namespace AnalysisKit.Disclosure;

/// <summary>
/// Refuses text that contains anything that looks like a CHI number (Community Health Index, NHS Scotland's patient
/// identifier): 10 digits (not part of a longer run of digits), the first six a valid date of birth DDMMYY, and the
/// tenth a valid modulus-11 check digit (weights 10 to 2 on the first nine digits; check = 11 − sum mod 11, 11 → 0,
/// 10 is never issued), in the ways people write it: grouped with spaces, hyphens, slashes or dots, in full-width
/// digits, or with its leading zero lost (see <see cref="Find"/>). Digits that belong to a decimal number (the
/// fractional part after "digit.", or an integer part followed by ".digit", as in a chart's JSON value
/// 1164.9012345678) are a number, not an identifier, and are not flagged.
/// </summary>
public static class ChiNumberGuard
{
    private static readonly int[] DaysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>True when exactly these 10 characters form a plausible CHI number.</summary>
    /// <param name="tenCharacters">The candidate; anything but 10 ASCII digits is not a CHI.</param>
    public static bool IsChiNumber(string tenCharacters)
    {
        ArgumentNullException.ThrowIfNull(tenCharacters);
        if (tenCharacters.Length != 10 || !tenCharacters.All(char.IsAsciiDigit))
        {
            return false;
        }

        var d = tenCharacters.Select(c => c - '0').ToArray();
        int day = (d[0] * 10) + d[1], month = (d[2] * 10) + d[3], year = (d[4] * 10) + d[5];
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth[month - 1])
        {
            return false;
        }

        // 29 February: valid when the two-digit year is a leap year in some century (00 is, as 2000).
        if (month == 2 && day == 29 && year % 4 != 0)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += d[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == d[9];
    }

    /// <summary>The position of the first CHI-like number in the text, or null when there is none.</summary>
    /// <param name="text">Any output text (a label, a cell, hover text, a briefing paragraph).</param>
    /// <remarks>
    /// Digits in any script are read as digits (full-width <c>０１０１…</c> too). Written forms found: 10 digits; digit
    /// groups joined by single spaces (also no-break and thin), hyphens, dashes, slashes or dots (<c>010101 1237</c>,
    /// <c>01 01 01 1237</c>, <c>010 101 1237</c>, <c>01/01/01/1237</c>, <c>01.01.01.1237</c>) — 2 to 5 groups of 2–6
    /// digits, or 10 single digits; and each of these with its leading zero lost (<c>101011237</c>, as when the number
    /// was stored as a number). Not flagged: a run of digits that is part of a longer one, and the digits of a decimal
    /// number (two groups joined by one dot, a fraction after "digit.", an integer part before ".digit").
    /// </remarks>
    public static int? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var normal = AsciiDigits(text);
        var groups = DigitGroups(normal);
        for (var first = 0; first < groups.Count; first++)
        {
            var (start, end) = groups[first];
            var length = end - start;
            if ((length is 10 or 9) && !PartOfDecimal(normal, start, end) && IsChiNumber(Padded(normal[start..end])))
            {
                return start;
            }

            var digits = new System.Text.StringBuilder(normal[start..end]);
            var dots = 0;
            for (var last = first + 1; last < groups.Count && last - first < 10; last++)
            {
                var gap = groups[last].Start - groups[last - 1].End;
                var separator = normal[groups[last - 1].End];
                if (gap != 1 || !IsSeparator(separator))
                {
                    break;
                }

                dots += separator == '.' ? 1 : 0;
                digits.Append(normal[groups[last].Start..groups[last].End]);
                if (digits.Length > 10)
                {
                    break;
                }

                var lengths = groups.Skip(first).Take(last - first + 1).Select(g => g.End - g.Start).ToList();
                var decimalNumber = lengths.Count == 2 && dots == 1; // 1164.9012 is a number, not an identifier
                if (!decimalNumber && IsChiGrouping(lengths, digits.Length) && IsChiNumber(Padded(digits.ToString())))
                {
                    return start;
                }
            }
        }

        return null;
    }

    /// <summary>The text with every Unicode decimal digit (full-width, Arabic-Indic, …) written as its ASCII digit.</summary>
    private static string AsciiDigits(string text)
    {
        if (text.All(c => !char.IsDigit(c) || char.IsAsciiDigit(c)))
        {
            return text;
        }

        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsDigit(c) && !char.IsAsciiDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c;
            }
        });
    }

    private static List<(int Start, int End)> DigitGroups(string text)
    {
        var groups = new List<(int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            groups.Add((start, i));
        }

        return groups;
    }

    private static bool IsSeparator(char c) =>
        c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '/' or '.';

    /// <summary>2–5 groups of 2–6 digits (the first may be one short: a lost leading zero), or 10 single digits.</summary>
    private static bool IsChiGrouping(List<int> lengths, int total)
    {
        if (total == 10 && lengths.Count == 10)
        {
            return true;
        }

        return lengths.Count is >= 2 and <= 5 && (total == 10 || total == 9)
            && lengths.Skip(1).All(l => l is >= 2 and <= 6)
            && lengths[0] is var head && head <= 6 && head >= (total == 9 ? 1 : 2);
    }

    /// <summary>True when the digits [start, end) follow "digit." or precede ".digit": part of a decimal number.</summary>
    private static bool PartOfDecimal(string text, int start, int end) =>
        (start >= 2 && text[start - 1] == '.' && char.IsAsciiDigit(text[start - 2]))
        || (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]));

    /// <summary>Nine digits are a CHI number whose leading zero was lost (a day 1–9 stored as a number).</summary>
    private static string Padded(string digits) => digits.Length == 9 ? "0" + digits : digits;

    /// <summary>Throws <see cref="UnsafeOutputException"/> naming <paramref name="where"/> when the text holds a CHI-like number.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="where">Where the text is going (e.g. "table 'x.csv', row 3, column 'Practice'").</param>
    public static void EnsureNone(string? text, string where)
    {
        if (Find(text) is { } position)
        {
            throw new UnsafeOutputException(DisclosureMessages.ChiLike(where, position));
        }
    }
}
