namespace AnalysisKit.Extracts;

/// <summary>
/// Each loaded row's practice (as a small id) and month (as year·12 + month − 1), in one pass with no per-row strings,
/// for the series checks. Rows with a missing practice or month get practice −1. Codes loaded by the readers are
/// interned, so a practice is found by reference before by value.
/// </summary>
internal sealed class PracticeMonths
{
    private PracticeMonths(List<string> practices, int[] practiceOfRow, int[] monthOfRow, int first, int last)
    {
        Practices = practices;
        PracticeOfRow = practiceOfRow;
        MonthOfRow = monthOfRow;
        First = first;
        Last = last;
    }

    /// <summary>The distinct practice codes; a row's id indexes this list.</summary>
    public List<string> Practices { get; }

    public int[] PracticeOfRow { get; }

    public int[] MonthOfRow { get; }

    /// <summary>The earliest month of any row (year·12 + month − 1).</summary>
    public int First { get; }

    /// <summary>The latest month of any row.</summary>
    public int Last { get; }

    public static PracticeMonths Of(ColumnBuffer codes, ColumnBuffer periods)
    {
        var byValue = new Dictionary<string, int>(StringComparer.Ordinal);
        var byReference = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var practices = new List<string>();
        var practiceOfRow = new int[codes.Count];
        var monthOfRow = new int[codes.Count];
        int first = int.MaxValue, last = int.MinValue;
        var codeReasons = codes.Reasons;
        var periodReasons = periods.Reasons;
        string? lastCode = null;
        var lastId = -1;
        for (var r = 0; r < practiceOfRow.Length; r++)
        {
            if (codeReasons[r] != MissingReason.Present || periodReasons[r] != MissingReason.Present)
            {
                practiceOfRow[r] = -1;
                continue;
            }

            var date = periods.DateAt(r);
            var month = (date.Year * 12) + date.Month - 1;
            first = Math.Min(first, month);
            last = Math.Max(last, month);
            monthOfRow[r] = month;
            var code = codes.StringAt(r)!;
            if (!ReferenceEquals(code, lastCode))
            {
                if (!byReference.TryGetValue(code, out lastId))
                {
                    if (!byValue.TryGetValue(code, out lastId))
                    {
                        lastId = practices.Count;
                        byValue.Add(code, lastId);
                        practices.Add(code);
                    }

                    byReference.Add(code, lastId);
                }

                lastCode = code;
            }

            practiceOfRow[r] = lastId;
        }

        return new PracticeMonths(practices, practiceOfRow, monthOfRow, first, last);
    }

    /// <summary>Practice ids in ordinal order of their codes, so warnings come out in a stable order.</summary>
    public IEnumerable<int> InCodeOrder() =>
        Enumerable.Range(0, Practices.Count).OrderBy(id => Practices[id], StringComparer.Ordinal);
}
