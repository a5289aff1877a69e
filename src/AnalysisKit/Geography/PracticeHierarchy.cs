namespace AnalysisKit.Geography;

/// <summary>
/// The practice → GP cluster → HSCP → health board → Scotland hierarchy on one date (<see cref="EffectiveDate"/>).
/// Pseudo-practices and closed practices stay in <see cref="Practices"/> but are not comparable: they are listed in
/// <see cref="Exclusions"/> with a reason, never silently dropped.
/// </summary>
public sealed class PracticeHierarchy : IGeographyLookup
{
    private readonly Dictionary<string, Practice> _byCode;

    internal PracticeHierarchy(DateOnly effectiveDate, IEnumerable<Practice> practices, IReadOnlyDictionary<string, string> clusterNames)
    {
        EffectiveDate = effectiveDate;
        Practices = [.. practices.OrderBy(p => p.Code, StringComparer.Ordinal)];
        _byCode = Practices.ToDictionary(p => p.Code, StringComparer.Ordinal);
        ComparablePractices = [.. Practices.Where(p => p.IsComparable)];
        Exclusions = [.. Practices.Where(p => !p.IsComparable).Select(Exclude)];
        Clusters = [.. ComparablePractices
            .Where(p => p.ClusterCode.Length > 0)
            .GroupBy(p => p.ClusterCode, StringComparer.Ordinal)
            .Select(g => new GpCluster(g.Key, clusterNames.GetValueOrDefault(g.Key, g.Key), g.First().HscpCode, g.First().BoardCode))
            .OrderBy(c => c.Code, StringComparer.Ordinal)];
        Hscps = [.. ComparablePractices.Select(p => p.HscpCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(c => Hscp.Find(c) ?? new Hscp(c, c, string.Empty))];
        Boards = [.. ComparablePractices.Select(p => p.BoardCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(c => HealthBoard.Find(c) ?? new HealthBoard(c, c))];
    }

    /// <inheritdoc />
    public DateOnly EffectiveDate { get; }

    /// <summary>Every practice in the lookup on the effective date (open, closed and pseudo), by code.</summary>
    public IReadOnlyList<Practice> Practices { get; }

    /// <summary>The open, real practices: the ones to compare.</summary>
    public IReadOnlyList<Practice> ComparablePractices { get; }

    /// <summary>The practices left out of comparisons, each with its reason, by code.</summary>
    public IReadOnlyList<PracticeExclusion> Exclusions { get; }

    /// <summary>The clusters with at least one comparable practice, by code.</summary>
    public IReadOnlyList<GpCluster> Clusters { get; }

    /// <summary>The partnerships with at least one comparable practice, by code.</summary>
    public IReadOnlyList<Hscp> Hscps { get; }

    /// <summary>The boards with at least one comparable practice, by code.</summary>
    public IReadOnlyList<HealthBoard> Boards { get; }

    /// <summary>The practice with <paramref name="practiceCode"/>, or null when it is not in the lookup on the effective date.</summary>
    public Practice? Practice(string practiceCode) => _byCode.GetValueOrDefault(practiceCode);

    /// <inheritdoc />
    public string? AreaCode(string practiceCode, GeographyLevel level)
    {
        if (!_byCode.TryGetValue(practiceCode, out var practice))
        {
            return null;
        }

        return level switch
        {
            GeographyLevel.Practice => practice.Code,
            GeographyLevel.Cluster => practice.ClusterCode.Length > 0 ? practice.ClusterCode : null,
            GeographyLevel.Hscp => practice.HscpCode,
            GeographyLevel.Board => practice.BoardCode,
            GeographyLevel.Scotland => HealthBoard.ScotlandCode,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Expected a GeographyLevel value."),
        };
    }

    /// <inheritdoc />
    public bool IsComparable(string practiceCode) => _byCode.TryGetValue(practiceCode, out var p) && p.IsComparable;

    /// <summary>The comparable practices in the area <paramref name="areaCode"/> at <paramref name="level"/> (e.g. a cluster's practices).</summary>
    public IReadOnlyList<Practice> ComparablePracticesIn(GeographyLevel level, string areaCode) =>
        [.. ComparablePractices.Where(p => string.Equals(AreaCode(p.Code, level), areaCode, StringComparison.Ordinal))];

    private static PracticeExclusion Exclude(Practice practice) =>
        practice.IsPseudo
            ? new PracticeExclusion(practice.Code, practice.Name, ExclusionReason.PseudoPractice,
                $"pseudo-practice {practice.Code} ({PseudoPractice.Kind(practice.Code)}): no registered list")
            : new PracticeExclusion(practice.Code, practice.Name, ExclusionReason.Closed,
                $"closed since {GeographyErrors.Iso(practice.Since)}" + (practice.Note.Length > 0 ? $": {practice.Note}" : string.Empty));
}
