namespace AnalysisKit.Disclosure;

/// <summary>
/// Refuses text that contains anything that looks like a CHI number (Community Health Index, NHS Scotland's patient
/// identifier): 10 digits (not part of a longer run of digits), the first six a valid date of birth DDMMYY, and the
/// tenth a valid modulus-11 check digit (weights 10 to 2 on the first nine digits; check = 11 − sum mod 11, 11 → 0,
/// 10 is never issued). A 6+4 form with one space or hyphen (<c>010101 1237</c>) is caught too. Digits that belong to
/// a decimal number (the fractional part after "digit.", or an integer part followed by ".digit", as in a chart's
/// JSON value 1164.9012345678) are a number, not an identifier, and are not flagged.
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
    public static int? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsAsciiDigit(text[start]) || (start > 0 && char.IsAsciiDigit(text[start - 1])))
            {
                continue;
            }

            var end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var run = text[start..end];
            if (PartOfDecimal(text, start, end))
            {
                continue;
            }

            if (run.Length == 10 && IsChiNumber(run))
            {
                return start;
            }

            // 6 digits, one space or hyphen, 4 digits, then no further digit.
            if (run.Length == 6 && end + 5 <= text.Length && text[end] is ' ' or '-'
                && text.Substring(end + 1, 4).All(char.IsAsciiDigit)
                && (end + 5 == text.Length || !char.IsAsciiDigit(text[end + 5]))
                && IsChiNumber(run + text.Substring(end + 1, 4)))
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>True when the digits [start, end) follow "digit." or precede ".digit": part of a decimal number.</summary>
    private static bool PartOfDecimal(string text, int start, int end) =>
        (start >= 2 && text[start - 1] == '.' && char.IsAsciiDigit(text[start - 2]))
        || (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]));

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
