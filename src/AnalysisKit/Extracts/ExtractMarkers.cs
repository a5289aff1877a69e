namespace AnalysisKit.Extracts;

/// <summary>
/// The suppression and qualifier markers that load as missing values with a reason. Cell markers apply to count,
/// number, date and month columns (in code and text columns only a blank is missing); <c>…QF</c> flags follow the PHS
/// open-data convention (c confidential, : not available, z not applicable; d, p, r and e qualify a value that is present).
/// </summary>
public static class ExtractMarkers
{
    /// <summary>The cell markers recognised, with the reason each one means.</summary>
    public static IReadOnlyDictionary<string, MissingReason> CellMarkers => Cells;

    private static readonly Dictionary<string, MissingReason> Cells =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["*"] = MissingReason.Suppressed,
            ["c"] = MissingReason.Suppressed,
            ["[c]"] = MissingReason.Suppressed,
            [":"] = MissingReason.NotAvailable,
            ["x"] = MissingReason.NotAvailable,
            ["[x]"] = MissingReason.NotAvailable,
            [".."] = MissingReason.NotAvailable,
            ["-"] = MissingReason.NotApplicable,
            ["z"] = MissingReason.NotApplicable,
            ["[z]"] = MissingReason.NotApplicable,
        };

    private static readonly Dictionary<string, MissingReason>.AlternateLookup<ReadOnlySpan<char>> CellLookup =
        Cells.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The reason a trimmed cell's text stands for: Blank for empty, a marker's reason, or Present for anything else.</summary>
    public static MissingReason OfCell(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.IsEmpty)
        {
            return MissingReason.Blank;
        }

        // No marker starts with a digit or is longer than 3 characters: most cells are decided without a lookup.
        return trimmed.Length <= 3 && !char.IsAsciiDigit(trimmed[0]) && CellLookup.TryGetValue(trimmed, out var reason) ? reason : MissingReason.Present;
    }

    /// <summary>
    /// True for an empty flag or one of the PHS open-data qualifiers: c (confidential), : (not available), z (not
    /// applicable), d (derived), p (provisional), r (revised), e (estimated) — upper or lower case.
    /// </summary>
    public static bool IsKnownQualifier(ReadOnlySpan<char> trimmed) =>
        trimmed.IsEmpty || (trimmed.Length == 1 && "cC:zZdDpPrReE".Contains(trimmed[0]));

    /// <summary>The reason a PHS <c>…QF</c> flag stands for; Present for an empty flag or one that qualifies a present value (d, p, r, e).</summary>
    public static MissingReason OfQualifier(ReadOnlySpan<char> trimmed) => trimmed switch
    {
        "c" or "C" => MissingReason.Suppressed,
        ":" => MissingReason.NotAvailable,
        "z" or "Z" => MissingReason.NotApplicable,
        _ => MissingReason.Present,
    };
}
