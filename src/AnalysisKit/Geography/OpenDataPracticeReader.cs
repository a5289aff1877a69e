namespace AnalysisKit.Geography;

/// <summary>
/// Reads the PHS open-data pair "GP practice contact details and list sizes" (PracticeCode, GPPracticeName,
/// PracticeListSize, HB, HSCP, GPCluster, …) and "GP practice populations" (Date yyyyMMdd, PracticeCode, Sex
/// Male/Female/All, AllAges, Ages0to4 … Ages85plus with qualifier columns such as Ages0To4QF, which are ignored;
/// the derived All rows, flagged SexQF "d", are checked against Female + Male). Source: opendata.nhs.scot, Open
/// Government Licence v3.
/// </summary>
/// <remarks>
/// The contact-details file is an undated snapshot and clusters have names but no codes: each practice gets one
/// membership row valid from <c>validFrom</c> (default: the earliest Date in the populations file) with no end, and
/// the cluster name serves as the cluster code. SIMD quintiles are not in these files, so they are null.
/// </remarks>
public static class OpenDataPracticeReader
{
    /// <summary>The contact-details file's required columns.</summary>
    public static IReadOnlyList<string> MetadataColumns { get; } = ["PracticeCode", "GPPracticeName", "HB", "HSCP", "GPCluster"];

    /// <summary>Reads and checks the pair of files.</summary>
    /// <param name="metadataPath">The "GP practice contact details and list sizes" CSV.</param>
    /// <param name="populationsPath">The "GP practice populations" CSV (8 age bands).</param>
    /// <param name="validFrom">The date from which the snapshot's memberships hold; null for the earliest population date.</param>
    /// <exception cref="LookupFileException">A missing column, a bad value, an unknown board or HSCP, a duplicate
    /// practice, or a population for a practice not in the contact-details file.</exception>
    public static PracticeLookup Read(string metadataPath, string populationsPath, DateOnly? validFrom = null)
    {
        var populations = PopulationCsv.Read(populationsPath, AgeBandSet.PhsOpenData);
        var from = validFrom ?? (populations.Count > 0 ? populations.Min(p => p.Population.Date) : DateOnly.MinValue);
        var csv = LookupCsv.Read(metadataPath, MetadataColumns);
        var memberships = new List<PracticeMembership>(csv.Rows.Count);
        foreach (var (line, fields) in csv.Rows)
        {
            var (code, board, hscp, cluster) = csv.Placement(line, fields);

            memberships.Add(new PracticeMembership(
                code, csv.Text(fields, "GPPracticeName"), cluster, cluster, hscp, board, null, PracticeStatus.Open, from, null,
                string.Empty, metadataPath, line));
        }

        var codes = memberships.Select(m => m.PracticeCode).ToHashSet(StringComparer.Ordinal);
        foreach (var (population, line) in populations)
        {
            if (!codes.Contains(population.PracticeCode))
            {
                throw new LookupFileException(
                    GeographyErrors.PopulationPracticeNotInLookup(populationsPath, line, population.PracticeCode, metadataPath),
                    populationsPath, line, "PracticeCode", population.PracticeCode);
            }
        }

        return new PracticeLookup(memberships, populations.Select(p => p.Population));
    }
}
