using System.Globalization;
using AnalysisKit.Briefings;
using AnalysisKit.Indicators;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// An attacker who tries to put the letters of an anonymised practice table back to practices. It knows the public
/// practice list — every practice's code, its SIMD quintile and its list size; here, more than public, each
/// practice's exact patient-years over the period — and reads from the briefing only what is published: each
/// letter's value of every indicator (an interval, from the rounding step in the column heading), its comparison with
/// the area ("higher", "similar", "lower"), the area's exact count of every indicator, and the headline's count in
/// each published SIMD group (whose practices it knows from their public quintiles). It tries every assignment of
/// letters to practices and keeps those consistent with all of it:
/// <list type="bullet">
/// <item>a letter fits a practice when some whole count n gives a value n / patient-years × multiplier inside the
/// letter's interval and, with Byar's/exact 95% limits, the comparison shown;</item>
/// <item>an assignment fits when, for every indicator, the area's count lies between the least and the most the
/// assigned intervals allow, and likewise for each SIMD group's count.</item>
/// </list>
/// A letter is matched with certainty when every consistent assignment gives it the same practice.
/// </summary>
internal sealed class PracticeDecoder
{
    /// <summary>A practice as the public list (and a little more) describes it.</summary>
    public sealed record PublicPractice(string Code, int? Quintile, double PatientYears);

    /// <summary>One letter's published row: per indicator the value interval (or null when suppressed/blank) and the comparison text.</summary>
    public sealed record Letter(string Label, IReadOnlyList<(double Low, double High)?> Values, IReadOnlyList<string> Comparisons);

    /// <summary>A published SIMD group: the quintiles it spans and the headline count.</summary>
    public sealed record Group(IReadOnlyList<int> Quintiles, long Count);

    private readonly IReadOnlyList<PublicPractice> practices;
    private readonly IReadOnlyList<Letter> letters;
    private readonly IReadOnlyList<long?> areaCounts;
    private readonly IReadOnlyList<double> areaValues;
    private readonly IReadOnlyList<Group> groups;
    private readonly int headline;
    private readonly double multiplier;

    public PracticeDecoder(IReadOnlyList<PublicPractice> practices, IReadOnlyList<Letter> letters, IReadOnlyList<long?> areaCounts, IReadOnlyList<double> areaValues,
        IReadOnlyList<Group> groups, int headline, double multiplier)
    {
        this.practices = practices;
        this.letters = letters;
        this.areaCounts = areaCounts;
        this.areaValues = areaValues;
        this.groups = groups;
        this.headline = headline;
        this.multiplier = multiplier;
    }

    /// <summary>Every consistent assignment, as the practice index of each letter.</summary>
    public List<int[]> Assignments(IReadOnlyDictionary<int, int>? pinned = null)
    {
        var fits = new bool[letters.Count, practices.Count];
        for (var l = 0; l < letters.Count; l++)
        {
            for (var p = 0; p < practices.Count; p++)
            {
                fits[l, p] = (pinned is null || !pinned.TryGetValue(l, out var only) || only == p) && Fits(letters[l], practices[p]);
            }
        }

        var found = new List<int[]>();
        var assignment = new int[letters.Count];
        var used = new bool[practices.Count];
        void Search(int l)
        {
            if (l == letters.Count)
            {
                if (SumsFit(assignment))
                {
                    found.Add((int[])assignment.Clone());
                }

                return;
            }

            for (var p = 0; p < practices.Count; p++)
            {
                if (!used[p] && fits[l, p])
                {
                    used[p] = true;
                    assignment[l] = p;
                    Search(l + 1);
                    used[p] = false;
                }
            }
        }

        Search(0);
        return found;
    }

    /// <summary>For each letter, the practices it can be.</summary>
    public static List<HashSet<int>> Candidates(List<int[]> assignments, int letters) =>
        Enumerable.Range(0, letters).Select(l => assignments.Select(a => a[l]).ToHashSet()).ToList();

    private bool Fits(Letter letter, PublicPractice practice)
    {
        for (var k = 0; k < letter.Values.Count; k++)
        {
            if (letter.Values[k] is not { } interval)
            {
                continue;
            }

            var (low, high) = Counts(interval, practice.PatientYears);
            var comparison = letter.Comparisons[k];
            var any = false;
            for (var n = low; n <= high && !any; n++)
            {
                any = comparison.Length == 0 || Compared(n, practice.PatientYears, areaValues[k]) == comparison;
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The whole counts whose value lies in the interval (value = n / years × multiplier).</summary>
    private (long Low, long High) Counts((double Low, double High) interval, double years) =>
        ((long)Math.Ceiling((interval.Low * years / multiplier) - 1e-9), (long)Math.Floor((interval.High * years / multiplier) + 1e-9));

    private string Compared(long count, double years, double area) =>
        BriefingSentences.Short(Comparison.Classify(CrudeRate.Calculate(count, years, 0.95, multiplier), area));

    private bool SumsFit(int[] assignment)
    {
        for (var k = 0; k < areaCounts.Count; k++)
        {
            if (areaCounts[k] is { } total && !SumFits(assignment, k, total, _ => true))
            {
                return false;
            }
        }

        foreach (var group in groups)
        {
            if (!SumFits(assignment, headline, group.Count, p => practices[p].Quintile is { } q && group.Quintiles.Contains(q)))
            {
                return false;
            }
        }

        return true;
    }

    private bool SumFits(int[] assignment, int k, long total, Func<int, bool> inGroup)
    {
        long least = 0, most = 0;
        for (var l = 0; l < assignment.Length; l++)
        {
            var p = assignment[l];
            if (!inGroup(p))
            {
                continue;
            }

            if (letters[l].Values[k] is not { } interval)
            {
                most = long.MaxValue / 4;
                continue;
            }

            var (low, high) = Counts(interval, practices[p].PatientYears);
            least += Math.Max(0, low);
            most += high;
        }

        return least <= total && total <= most;
    }

    /// <summary>
    /// Reads a published practice table: per indicator the "(value, to S)" column (interval ± S/2) and its "vs … (95%)" column.
    /// </summary>
    public static List<Letter> Read(BriefingTable table, int indicators)
    {
        var valueColumns = Enumerable.Range(0, table.Columns.Count).Where(c => table.Columns[c].Contains(" (value", StringComparison.Ordinal)).ToList();
        Assert.Equal(indicators, valueColumns.Count);
        var steps = valueColumns.Select(c =>
        {
            var heading = table.Columns[c];
            var at = heading.IndexOf(", to ", StringComparison.Ordinal);
            return at < 0 ? 0.1 : double.Parse(heading[(at + 5)..^1].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }).ToList();
        return table.Rows.Select(row => new Letter(row[0],
            valueColumns.Select((c, k) =>
            {
                if (!double.TryParse(row[c].Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    return ((double, double)?)null;
                }

                return (value - (steps[k] / 2), value + (steps[k] / 2));
            }).ToList(),
            valueColumns.Select(c => row[c + 1]).ToList())).ToList();
    }
}
