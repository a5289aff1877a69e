namespace AnalysisKit.Tests.Disclosure.Attack;

/// <summary>
/// The attacker on a whole release, or on several releases together: every figure published anywhere (tables, chart
/// JSON, workbook sheets, earlier releases) is a named quantity, known or hidden, and every relation the attacker knows
/// (a total over its parts, a period over its months, a cluster over its practices, the same cell in two releases) is
/// a sum. Quantities nobody published (a December count inside two published periods) are unknowns too. Solved
/// exactly by <see cref="TableAttacker"/> (one quantity per row of a one-column table), so nothing here uses the
/// library's own view of the relations.
/// </summary>
internal sealed class ReleaseAttacker
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<long?> values = [];
    private readonly List<(int Total, int[] Members)> relations = [];

    /// <summary>The quantities, in the order first named.</summary>
    public IEnumerable<string> Names => index.Keys;

    /// <summary>A published figure. Published twice, it must be the same number both times (else the releases are not of one count).</summary>
    public void Published(string name, long value)
    {
        var i = Id(name);
        if (values[i] is { } seen && seen != value)
        {
            throw new InvalidOperationException($"'{name}' is published as {seen} and as {value}");
        }

        values[i] = value;
    }

    /// <summary>A quantity the attacker does not see (suppressed, or never published); a no-op if published elsewhere.</summary>
    public void Hidden(string name) => Id(name);

    /// <summary>True when some file publishes this quantity.</summary>
    public bool IsPublished(string name) => index.TryGetValue(name, out var i) && values[i] is not null;

    /// <summary>The relation total = Σ members.</summary>
    public void Sum(string total, IEnumerable<string> members) => relations.Add((Id(total), members.Select(Id).ToArray()));

    /// <summary>The tightest interval of every unknown quantity (upper null when unbounded).</summary>
    public Dictionary<string, (Rational Lower, Rational? Upper)> Intervals()
    {
        var table = new PublishedTable(values.Count, 1);
        for (var i = 0; i < values.Count; i++)
        {
            table.Suppressed[i, 0] = values[i] is null;
            table.Values[i, 0] = values[i] ?? 0;
        }

        table.Relations.AddRange(relations.Select(r => ((r.Total, 0), r.Members.Select(m => (m, 0)).ToArray())));
        var names = index.ToDictionary(p => p.Value, p => p.Key);
        return TableAttacker.Intervals(table).ToDictionary(p => names[p.Key.Row], p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// What leaks: a hidden cell (<paramref name="hidden"/>) pinned to an interval narrower than
    /// <paramref name="width"/>, or an unpublished quantity (<paramref name="derived"/>, e.g. a month inside two
    /// periods) pinned narrower than that while it could be a small count (1 to width − 1).
    /// </summary>
    public List<string> Leaks(long width, IEnumerable<string> hidden, IEnumerable<string> derived)
    {
        var intervals = Intervals();
        var leaks = new List<string>();
        foreach (var name in hidden.Where(intervals.ContainsKey))
        {
            var (lower, upper) = intervals[name];
            if (upper is { } u && u - lower < width)
            {
                leaks.Add($"hidden '{name}' in [{lower}, {u}]");
            }
        }

        foreach (var name in derived.Where(intervals.ContainsKey))
        {
            var (lower, upper) = intervals[name];
            if (upper is { } u && u - lower < width && u.CompareTo(1) >= 0 && lower < width)
            {
                leaks.Add($"unpublished '{name}' in [{lower}, {u}]");
            }
        }

        return leaks;
    }

    private int Id(string name)
    {
        if (!index.TryGetValue(name, out var i))
        {
            i = values.Count;
            index.Add(name, i);
            values.Add(null);
        }

        return i;
    }
}
