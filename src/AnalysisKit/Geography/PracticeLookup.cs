namespace AnalysisKit.Geography;

/// <summary>
/// A dated practice lookup: every membership row (practice → cluster → HSCP → board, with its validity dates) and
/// every dated practice population. <see cref="AsAt"/> gives the hierarchy on one date, so an analysis can say which
/// lookup it used. Build it with <see cref="PracticeLookupReader"/> (AnalysisKit's own format, used by the sample
/// data) or <see cref="OpenDataPracticeReader"/> (the PHS open-data files).
/// </summary>
public sealed class PracticeLookup
{
    private readonly Dictionary<string, List<PracticeMembership>> _rowsByPractice;
    private readonly Dictionary<string, List<PracticePopulation>> _populationsByPractice;

    /// <summary>Creates a lookup and checks it: no practice may have two rows holding on the same date.</summary>
    /// <param name="memberships">The dated membership rows.</param>
    /// <param name="populations">Dated populations by sex and age band (any number per practice, one per date).</param>
    /// <exception cref="LookupFileException">
    /// Two rows of one practice overlap: a duplicate practice code (same cluster) or a practice in two clusters on one date.
    /// </exception>
    public PracticeLookup(IEnumerable<PracticeMembership> memberships, IEnumerable<PracticePopulation> populations)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        ArgumentNullException.ThrowIfNull(populations);
        Memberships = [.. memberships];
        Populations = [.. populations];
        _rowsByPractice = Memberships
            .GroupBy(m => m.PracticeCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.ValidFrom).ToList(), StringComparer.Ordinal);
        _populationsByPractice = Populations
            .GroupBy(p => p.PracticeCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Date).ToList(), StringComparer.Ordinal);
        foreach (var rows in _rowsByPractice.Values)
        {
            CheckNoOverlap(rows);
        }
    }

    /// <summary>Every membership row, in the order given.</summary>
    public IReadOnlyList<PracticeMembership> Memberships { get; }

    /// <summary>Every population, in the order given.</summary>
    public IReadOnlyList<PracticePopulation> Populations { get; }

    /// <summary>The dates on which some membership starts or ends, ascending: where the hierarchy can change.</summary>
    public IReadOnlyList<DateOnly> ChangeDates =>
        Memberships.Select(m => m.ValidFrom)
            .Concat(Memberships.Where(m => m.ValidTo is not null).Select(m => m.ValidTo!.Value.AddDays(1)))
            .Distinct().Order().ToList();

    /// <summary>The membership rows of one practice, oldest first (empty when the code is not in the lookup).</summary>
    public IReadOnlyList<PracticeMembership> History(string practiceCode) =>
        _rowsByPractice.TryGetValue(practiceCode, out var rows) ? rows : [];

    /// <summary>
    /// The hierarchy on <paramref name="effectiveDate"/>: each practice with a row holding on that date, placed as that
    /// row says, with its latest population dated on or before the date (null when there is none).
    /// </summary>
    public PracticeHierarchy AsAt(DateOnly effectiveDate)
    {
        var practices = new List<Practice>();
        foreach (var (code, rows) in _rowsByPractice)
        {
            var row = rows.FirstOrDefault(r => r.HoldsOn(effectiveDate));
            if (row is null)
            {
                continue;
            }

            PracticePopulation? population = null;
            if (_populationsByPractice.TryGetValue(code, out var populations))
            {
                population = populations.LastOrDefault(p => p.Date <= effectiveDate);
            }

            practices.Add(new Practice(
                code, row.PracticeName, row.ClusterCode, row.HscpCode, row.BoardCode, row.SimdQuintile, row.Status, population, row.Note, row.ValidFrom));
        }

        var clusterNames = Memberships
            .Where(m => m.HoldsOn(effectiveDate) && m.ClusterCode.Length > 0)
            .GroupBy(m => m.ClusterCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ClusterName, StringComparer.Ordinal);
        return new PracticeHierarchy(effectiveDate, practices, clusterNames);
    }

    private static void CheckNoOverlap(List<PracticeMembership> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                var earlier = rows[i];
                var later = rows[j];
                if (!earlier.Overlaps(later))
                {
                    continue;
                }

                var (first, second) = earlier.SourceLine <= later.SourceLine ? (earlier, later) : (later, earlier);
                var start = first.ValidFrom > second.ValidFrom ? first.ValidFrom : second.ValidFrom;
                if (string.Equals(first.ClusterCode, second.ClusterCode, StringComparison.Ordinal))
                {
                    var end = Min(first.ValidTo, second.ValidTo);
                    var period = $"{GeographyErrors.Iso(start)} to {(end is null ? "open" : GeographyErrors.Iso(end.Value))}";
                    throw new LookupFileException(
                        GeographyErrors.DuplicatePractice(second.SourceFile, second.SourceLine, "PracticeCode", second.PracticeCode, first.SourceLine, period),
                        second.SourceFile, second.SourceLine, "PracticeCode", second.PracticeCode);
                }

                throw new LookupFileException(
                    GeographyErrors.TwoClusters(second.SourceFile, second.SourceLine, "GPCluster", second.PracticeCode, second.ClusterCode, first.ClusterCode, first.SourceLine, start),
                    second.SourceFile, second.SourceLine, "GPCluster", second.ClusterCode);
            }
        }
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) =>
        a is null ? b : b is null ? a : (a.Value < b.Value ? a : b);
}
