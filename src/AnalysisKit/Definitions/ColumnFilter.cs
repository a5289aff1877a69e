namespace AnalysisKit.Definitions;

/// <summary>
/// Keeps the rows whose code in <see cref="Column"/> starts with one of <see cref="Prefixes"/> or is one of
/// <see cref="Codes"/> (either given; both may be), and does not start with any of <see cref="Exclude"/> — OpenPrescribing's
/// include/exclude BNF code lists. Codes compare ordinally after trimming spaces.
/// </summary>
/// <param name="Column">The code column (e.g. BNFItemCode).</param>
/// <param name="Prefixes">Codes starting with one of these pass (e.g. "0501" for BNF section 5.1).</param>
/// <param name="Codes">Codes equal to one of these pass.</param>
/// <param name="Exclude">Codes starting with one of these fail, even when included.</param>
public sealed record ColumnFilter(string Column, IReadOnlyList<string> Prefixes, IReadOnlyList<string> Codes, IReadOnlyList<string> Exclude)
{
    /// <summary>True when <paramref name="code"/> passes.</summary>
    public bool Passes(string? code)
    {
        if (code is null)
        {
            return false;
        }

        code = code.Trim();
        var included = (Prefixes.Count == 0 && Codes.Count == 0)
            || Prefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal))
            || Codes.Contains(code, StringComparer.Ordinal);
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

        var text = parts.Count == 0 ? $"{Column} is any code" : string.Join(" or ", parts);
        return Exclude.Count == 0 ? text : $"{text}, not starting with {string.Join(" or ", Exclude)}";
    }
}
