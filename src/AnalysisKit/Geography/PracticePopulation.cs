namespace AnalysisKit.Geography;

/// <summary>
/// A practice's registered list on one date, by sex and age band: the denominator of practice rates and the input
/// of age-sex standardisation.
/// </summary>
public sealed class PracticePopulation
{
    private readonly int[] _female;
    private readonly int[] _male;

    /// <summary>Creates a population from counts by band (same order as <paramref name="ageBands"/>).</summary>
    /// <param name="practiceCode">Five-digit practice code.</param>
    /// <param name="date">The date the list sizes refer to.</param>
    /// <param name="ageBands">The band set the counts follow (ESP2013 19 bands or the PHS 8 bands).</param>
    /// <param name="female">Female patients in each band; each 0 or more.</param>
    /// <param name="male">Male patients in each band; each 0 or more.</param>
    public PracticePopulation(string practiceCode, DateOnly date, AgeBandSet ageBands, IReadOnlyList<int> female, IReadOnlyList<int> male)
    {
        ArgumentNullException.ThrowIfNull(ageBands);
        ArgumentNullException.ThrowIfNull(female);
        ArgumentNullException.ThrowIfNull(male);
        if (female.Count != ageBands.Count)
        {
            throw new ArgumentException(GeographyErrors.BandCountMismatch(nameof(female), female.Count, ageBands), nameof(female));
        }

        if (male.Count != ageBands.Count)
        {
            throw new ArgumentException(GeographyErrors.BandCountMismatch(nameof(male), male.Count, ageBands), nameof(male));
        }

        if (female.Concat(male).Any(n => n < 0))
        {
            throw new ArgumentException(GeographyErrors.NegativeListSize(practiceCode), nameof(female));
        }

        PracticeCode = practiceCode;
        Date = date;
        AgeBands = ageBands;
        _female = [.. female];
        _male = [.. male];
        Total = checked(_female.Sum() + _male.Sum());
    }

    /// <summary>The practice code.</summary>
    public string PracticeCode { get; }

    /// <summary>The date the list sizes refer to.</summary>
    public DateOnly Date { get; }

    /// <summary>The band set the counts follow.</summary>
    public AgeBandSet AgeBands { get; }

    /// <summary>All registered patients (the list size).</summary>
    public int Total { get; }

    /// <summary>Patients of <paramref name="sex"/> in the band at <paramref name="bandIndex"/> (0 = youngest).</summary>
    public int Count(Sex sex, int bandIndex) => sex == Sex.Female ? _female[bandIndex] : _male[bandIndex];

    /// <summary>Patients of <paramref name="sex"/> in the band labelled <paramref name="bandLabel"/> (e.g. "90+").</summary>
    public int Count(Sex sex, string bandLabel) => Count(sex, AgeBands.IndexOf(bandLabel));

    /// <summary>Patients of both sexes in the band at <paramref name="bandIndex"/>.</summary>
    public int BandTotal(int bandIndex) => checked(_female[bandIndex] + _male[bandIndex]);

    /// <summary>All patients of <paramref name="sex"/>.</summary>
    public int SexTotal(Sex sex) => sex == Sex.Female ? _female.Sum() : _male.Sum();
}
