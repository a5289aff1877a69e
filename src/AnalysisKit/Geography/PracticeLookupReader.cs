using System.Globalization;

namespace AnalysisKit.Geography;

/// <summary>
/// Reads AnalysisKit's dated practice lookup (the format <c>akit samples generate</c> writes; see data-samples/README.md):
/// a membership file with columns PracticeCode, GPPracticeName, GPCluster, GPClusterName, HSCP, HB, SimdQuintile,
/// Status, ValidFrom, ValidTo, Note (dates yyyy-MM-dd, ValidTo inclusive and empty while open), and a population file
/// in the PHS open-data shape with the 19 ESP2013 bands (Ages0to4 … Ages85to89, Ages90plus).
/// </summary>
public static class PracticeLookupReader
{
    /// <summary>The date format of ValidFrom and ValidTo.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The membership file's required columns, in the order the generator writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["PracticeCode", "GPPracticeName", "GPCluster", "GPClusterName", "HSCP", "HB", "SimdQuintile", "Status", "ValidFrom", "ValidTo", "Note"];

    /// <summary>The membership file's name in a sample-data geography folder.</summary>
    public const string LookupFileName = "practice-lookup.csv";

    /// <summary>The population file's name in a sample-data geography folder.</summary>
    public const string PopulationsFileName = "practice-populations.csv";

    /// <summary>Reads <see cref="LookupFileName"/> and <see cref="PopulationsFileName"/> from <paramref name="geographyFolder"/> (e.g. data-samples/geography).</summary>
    /// <param name="geographyFolder">The folder holding both files.</param>
    public static PracticeLookup ReadFolder(string geographyFolder) =>
        Read(Path.Combine(geographyFolder, LookupFileName), Path.Combine(geographyFolder, PopulationsFileName));

    /// <summary>Reads and checks a lookup and its populations.</summary>
    /// <param name="lookupPath">The membership file (e.g. data-samples/geography/practice-lookup.csv).</param>
    /// <param name="populationsPath">The ESP2013-band population file (e.g. data-samples/geography/practice-populations.csv).</param>
    /// <exception cref="LookupFileException">A missing column, a bad value, an unknown board or HSCP, a duplicate
    /// practice, a practice in two clusters on one date, or a population for a practice not in the lookup.</exception>
    public static PracticeLookup Read(string lookupPath, string populationsPath)
    {
        var memberships = ReadMemberships(lookupPath);
        var codes = memberships.Select(m => m.PracticeCode).ToHashSet(StringComparer.Ordinal);
        var populations = PopulationCsv.Read(populationsPath, AgeBandSet.Esp2013);
        foreach (var (population, line) in populations)
        {
            if (!codes.Contains(population.PracticeCode))
            {
                throw new LookupFileException(
                    GeographyErrors.PopulationPracticeNotInLookup(populationsPath, line, population.PracticeCode, lookupPath),
                    populationsPath, line, "PracticeCode", population.PracticeCode);
            }
        }

        return new PracticeLookup(memberships, populations.Select(p => p.Population));
    }

    /// <summary>Reads and checks the membership rows only.</summary>
    /// <param name="lookupPath">The membership file.</param>
    public static List<PracticeMembership> ReadMemberships(string lookupPath)
    {
        var csv = LookupCsv.Read(lookupPath, Columns);
        var rows = new List<PracticeMembership>(csv.Rows.Count);
        foreach (var (line, fields) in csv.Rows)
        {
            var (code, board, hscp, cluster) = csv.Placement(line, fields);

            var quintileText = csv.Text(fields, "SimdQuintile");
            int? quintile = null;
            if (quintileText.Length > 0)
            {
                if (quintileText.Length != 1 || quintileText[0] < '1' || quintileText[0] > '5')
                {
                    throw csv.Fail(GeographyErrors.BadSimdQuintile(lookupPath, line, "SimdQuintile", quintileText), line, "SimdQuintile", quintileText);
                }

                quintile = quintileText[0] - '0';
            }

            var statusText = csv.Text(fields, "Status");
            var status = statusText switch
            {
                "open" => PracticeStatus.Open,
                "closed" => PracticeStatus.Closed,
                _ => throw csv.Fail(GeographyErrors.BadStatus(lookupPath, line, "Status", statusText), line, "Status", statusText),
            };
            var validFrom = csv.Date(line, fields, "ValidFrom", DateFormat);
            DateOnly? validTo = null;
            var validToText = csv.Text(fields, "ValidTo");
            if (validToText.Length > 0)
            {
                validTo = csv.Date(line, fields, "ValidTo", DateFormat);
                if (validTo < validFrom)
                {
                    throw csv.Fail(GeographyErrors.ValidToBeforeValidFrom(lookupPath, line, "ValidTo", validToText, validFrom), line, "ValidTo", validToText);
                }
            }

            rows.Add(new PracticeMembership(
                code, csv.Text(fields, "GPPracticeName"), cluster, csv.Text(fields, "GPClusterName"), hscp, board, quintile, status,
                validFrom, validTo, csv.Text(fields, "Note"), lookupPath, line));
        }

        return rows;
    }

    /// <summary>Formats a date as the lookup writes it (yyyy-MM-dd).</summary>
    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
