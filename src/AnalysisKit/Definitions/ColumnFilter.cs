namespace AnalysisKit.Definitions;

/// <summary>
/// Keeps the rows whose code in <see cref="Column"/> starts with one of <see cref="Prefixes"/>, is one of
/// <see cref="Codes"/> or matches one of <see cref="Patterns"/> (any given; several may be), and does not start with any
/// of <see cref="Exclude"/> — OpenPrescribing's include/exclude BNF code lists (its <c>numerator_bnf_codes_filter</c>:
/// a prefix, a full code, or a SQL <c>LIKE</c> pattern such as <c>1502010J0%EL</c>, each negated by <c>~</c>). Codes
/// compare ordinally after trimming spaces.
/// </summary>
/// <param name="Column">The code column (e.g. BNFItemCode).</param>
/// <param name="Prefixes">Codes starting with one of these pass (e.g. "0501" for BNF section 5.1).</param>
/// <param name="Codes">Codes equal to one of these pass.</param>
/// <param name="Exclude">Codes starting with one of these fail, even when included.</param>
/// <param name="Patterns">SQL LIKE patterns (<c>%</c> any run of characters, <c>_</c> one character); a code matching one passes.</param>
public sealed record ColumnFilter(string Column, IReadOnlyList<string> Prefixes, IReadOnlyList<string> Codes, IReadOnlyList<string> Exclude, IReadOnlyList<string>? Patterns = null)
{
    /// <summary>The LIKE patterns (empty when none).</summary>
    public IReadOnlyList<string> LikePatterns => Patterns ?? [];

    /// <summary>True when <paramref name="code"/> passes.</summary>
    public bool Passes(string? code)
    {
        if (code is null)
        {
            return false;
        }

        code = code.Trim();
        var included = (Prefixes.Count == 0 && Codes.Count == 0 && LikePatterns.Count == 0)
            || Prefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal))
            || Codes.Contains(code, StringComparer.Ordinal)
            || LikePatterns.Any(p => Like(code, p, 0, 0));
        return included && !Exclude.Any(e => code.StartsWith(e, StringComparison.Ordinal));
    }

    /// <summary>The filter in words.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Prefixes.Count > 0)
        {
            parts.Add($"{Column} starts with {string.Join(" or ", Prefixes)}");
        }

        if (Codes.Count > 0)
        {
            parts.Add($"{Column} is {string.Join(" or ", Codes)}");
        }

        if (LikePatterns.Count > 0)
        {
            parts.Add($"{Column} is like {string.Join(" or ", LikePatterns)}");
        }

        var text = parts.Count == 0 ? $"{Column} is any code" : string.Join(" or ", parts);
        return Exclude.Count == 0 ? text : $"{text}, not starting with {string.Join(" or ", Exclude)}";
    }

    /// <summary>SQL LIKE without escapes: <c>%</c> matches any run of characters (none included), <c>_</c> exactly one.</summary>
    private static bool Like(string text, string pattern, int t, int p)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '%')
            {
                for (var k = t; k <= text.Length; k++)
                {
                    if (Like(text, pattern, k, p + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t == text.Length || (pattern[p] != '_' && pattern[p] != text[t]))
            {
                return false;
            }

            t++;
            p++;
        }

        return t == text.Length;
    }
}
