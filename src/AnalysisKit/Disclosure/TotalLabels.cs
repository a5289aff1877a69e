using System.Globalization;
using System.Text;

namespace AnalysisKit.Disclosure;

/// <summary>
/// How a table's labels are compared, and the labels PHS tables use for totals. A total row named "All lines", or
/// "Total " with a trailing space, "total", or "Total" with a no-break space is still a total: an attacker reads it as
/// one whatever the declared label says. So labels are compared after <see cref="Normalise"/>, and a row or column
/// named with one of the <see cref="Usual"/> labels is read as a total even when another label was declared.
/// </summary>
public static class TotalLabels
{
    /// <summary>
    /// The usual total labels in PHS, ScotPHO and LIST tables (compared after <see cref="Normalise"/>): Total, All,
    /// All ages, All lines, Scotland, Persons, Both sexes, All practices/clusters/HSCPs/boards, and their kin.
    /// </summary>
    public static IReadOnlyList<string> Usual { get; } =
    [
        "Total", "Totals", "Grand total", "Sum", "Overall", "All", "All ages", "All lines", "All persons", "All people", "Persons",
        "Both sexes", "All sexes", "Scotland", "NHS Scotland", "All Scotland", "All practices", "All GP practices",
        "All clusters", "All GP clusters", "All HSCPs", "All health boards", "All boards", "All NHS boards", "All areas",
        "All council areas", "All localities", "All quintiles", "All SIMD quintiles", "All deciles",
    ];

    private static readonly HashSet<string> UsualNormalised = Usual.Select(Normalise).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A label as compared: Unicode compatibility form (NFKC), format characters (zero-width space, byte-order mark)
    /// removed, every run of white space (including no-break spaces) made one space, trimmed, and case-folded.
    /// </summary>
    /// <param name="label">Any label; null is read as empty.</param>
    /// <returns>The normalised label; <c>"  Total\u00A0"</c>, <c>"TOTAL"</c> and <c>"total"</c> all give <c>"total"</c>.</returns>
    public static string Normalise(string? label)
    {
        if (string.IsNullOrEmpty(label))
        {
            return string.Empty;
        }

        var text = label.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>True when two labels are the same after <see cref="Normalise"/>.</summary>
    /// <param name="a">A label.</param>
    /// <param name="b">Another label.</param>
    public static bool Same(string? a, string? b) => string.Equals(Normalise(a), Normalise(b), StringComparison.Ordinal);

    /// <summary>True when the label is one of the <see cref="Usual"/> total labels after <see cref="Normalise"/>.</summary>
    /// <param name="label">A row key or column name.</param>
    public static bool IsUsual(string? label) => UsualNormalised.Contains(Normalise(label));

    /// <summary>True for the normalised form of a usual total label.</summary>
    internal static bool IsUsualNormalised(string normalised) => UsualNormalised.Contains(normalised);
}
