namespace AnalysisKit.Briefings;

/// <summary>
/// The labels under which a briefing shows practices: Practice A, B, …, Z, AA, AB, … in practice-code order (ordinal),
/// so the same set of practices always gets the same letters; a named practice (a per-practice briefing) keeps its code
/// and name. Use the same labels in a notebook as in the briefing, e.g. as <c>ToChart</c>'s unit labels. The letters
/// say nothing the code order does not, so anyone with the list of the area's practice codes can undo them: they keep
/// codes and names off the page, not a secret.
/// </summary>
public static class PracticeAnonymiser
{
    /// <summary>The label of each practice, keyed by practice code.</summary>
    /// <param name="practiceCodes">The practices shown together (duplicates are one practice).</param>
    /// <param name="namedPractice">A practice to name instead of lettering (its letter is skipped, as in a
    /// per-practice briefing), or null for all anonymised.</param>
    /// <param name="nameOf">The named practice's name, shown after its code; null shows the code only.</param>
    /// <returns>Practice code → label.</returns>
    public static IReadOnlyDictionary<string, string> Labels(IEnumerable<string> practiceCodes, string? namedPractice = null, Func<string, string>? nameOf = null)
    {
        ArgumentNullException.ThrowIfNull(practiceCodes);
        var codes = practiceCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            labels[code] = string.Equals(code, namedPractice, StringComparison.Ordinal)
                ? (nameOf is null ? code : $"{code} {nameOf(code)}")
                : "Practice " + Letter(i);
        }

        return labels;
    }

    /// <summary>A, B, …, Z, AA, AB, … for 0, 1, …, 25, 26, 27, ….</summary>
    /// <param name="index">0 or more.</param>
    public static string Letter(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return index < 26 ? ((char)('A' + index)).ToString() : Letter((index / 26) - 1) + Letter(index % 26);
    }
}
