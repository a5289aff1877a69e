namespace AnalysisKit.Geography;

/// <summary>
/// Reads a practice-population file in the PHS open-data shape (Date yyyyMMdd, PracticeCode, Sex, AllAges and one
/// column per age band; qualifier columns ending in QF must hold a PHS flag — empty, c, :, z, d, p, r, e — and are
/// otherwise ignored) for a given band set. Female and Male rows make
/// the population; a derived All row, when present, must equal their sum band by band.
/// </summary>
internal static class PopulationCsv
{
    internal const string DateFormat = "yyyyMMdd";

    internal static List<(PracticePopulation Population, int Line)> Read(string path, AgeBandSet ageBands)
    {
        string[] required = ["Date", "PracticeCode", "Sex", "AllAges", .. ageBands.Bands.Select(b => b.ColumnName)];
        var csv = LookupCsv.Read(path, required);
        var byKey = new Dictionary<(string Code, DateOnly Date), Dictionary<string, (int Line, int[] Counts)>>();
        var order = new List<(string Code, DateOnly Date)>();
        var qualifiers = csv.Header.Where(h => h.EndsWith("QF", StringComparison.Ordinal)).ToList();
        foreach (var (line, fields) in csv.Rows)
        {
            foreach (var qualifier in qualifiers)
            {
                var flag = csv.Text(fields, qualifier).Trim();
                if (!Extracts.ExtractMarkers.IsKnownQualifier(flag))
                {
                    throw csv.Fail(GeographyErrors.UnknownQualifier(path, line, qualifier, flag), line, qualifier, flag);
                }
            }

            var code = csv.PracticeCode(line, fields, "PracticeCode");
            var date = csv.Date(line, fields, "Date", DateFormat);
            var sex = csv.Text(fields, "Sex");
            if (sex is not ("Female" or "Male" or "All"))
            {
                throw csv.Fail(GeographyErrors.BadSex(path, line, "Sex", sex), line, "Sex", sex);
            }

            var counts = ageBands.Bands.Select(b => csv.Count(line, fields, b.ColumnName)).ToArray();
            var allAges = csv.Count(line, fields, "AllAges");
            var sum = counts.Sum();
            if (sum != allAges)
            {
                throw csv.Fail(GeographyErrors.BandsDoNotAddUp(path, line, "AllAges", allAges, sum), line, "AllAges", csv.Text(fields, "AllAges"));
            }

            if (!byKey.TryGetValue((code, date), out var sexes))
            {
                sexes = new Dictionary<string, (int, int[])>(StringComparer.Ordinal);
                byKey.Add((code, date), sexes);
                order.Add((code, date));
            }

            if (sexes.TryGetValue(sex, out var first))
            {
                throw csv.Fail(GeographyErrors.DuplicatePopulationRow(path, line, code, csv.Text(fields, "Date"), sex, first.Line), line, "PracticeCode", code);
            }

            sexes.Add(sex, (line, counts));
        }

        var result = new List<(PracticePopulation, int)>(order.Count);
        foreach (var key in order)
        {
            var sexes = byKey[key];
            var dateText = key.Date.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var needed in new[] { "Female", "Male" })
            {
                if (!sexes.ContainsKey(needed))
                {
                    throw new LookupFileException(GeographyErrors.MissingSex(path, key.Code, dateText, needed), path, 0, "Sex", needed);
                }
            }

            var female = sexes["Female"];
            var male = sexes["Male"];
            if (sexes.TryGetValue("All", out var all))
            {
                for (var b = 0; b < ageBands.Count; b++)
                {
                    if (all.Counts[b] != female.Counts[b] + male.Counts[b])
                    {
                        var column = ageBands.Bands[b].ColumnName;
                        throw csv.Fail(
                            GeographyErrors.SexesDoNotAddUp(path, all.Line, column, all.Counts[b], female.Counts[b], male.Counts[b]),
                            all.Line,
                            column,
                            all.Counts[b].ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            }

            result.Add((new PracticePopulation(key.Code, key.Date, ageBands, female.Counts, male.Counts), Math.Min(female.Line, male.Line)));
        }

        return result;
    }
}
