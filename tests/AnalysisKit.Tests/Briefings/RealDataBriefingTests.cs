using System.Globalization;
using AnalysisKit.Briefings;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// A briefing on real published data, defined by notebooks/qof-2014-15-briefing.json: Dundee CHP (S03000039) from ISD
/// Scotland's QOF 2014/15 practice registers (the original .xls, Data sheet, header on row 2) and ISD's 2014/15 practice
/// lookup, against NHS Tayside and Scotland. Every headline figure is recomputed by hand from the CSV extracts of the
/// same files (plain text splitting, not the library's readers). Skips when ../shared is absent; CI has it.
/// </summary>
public class RealDataBriefingTests
{
    private const string Dundee = "S03000039";

    private const string Qof = "open-data/scot-qof-isd-2009-2016";

    private static readonly Lazy<ClusterBriefing> Briefing = new(() =>
        ClusterBriefing.Build(new BriefingOptions(BriefingDefinition.Load(RepoPaths.InRepo("notebooks/qof-2014-15-briefing.json")), AreaLevel.Chp, Dundee)));

    /// <summary>Fields of one CSV line, honouring double quotes (ISD's practice names contain commas).</summary>
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = Fields(lines[0]);
        return lines.Skip(1).Select(l => header.Zip(Fields(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    /// <summary>Register and list size summed by hand over the practices chosen: a "-" (suppressed) register adds to neither; practices listed twice in the Data sheet add nothing.</summary>
    private static (double Register, double Population, int Suppressed) ByHand(string register, Func<Dictionary<string, string>, bool> inArea)
    {
        var shared = RepoPaths.SharedOrSkip(Qof);
        var lookup = Read(Path.Combine(shared, "csv", "qof_scot_201415_practice_lookup.csv")).ToDictionary(r => r["Practice Code"]);
        var data = Read(Path.Combine(shared, "csv", "qof_scot_201415_practice_prevalence_Data_sheet.csv"));
        var twice = data.GroupBy(r => r["practice"]).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        double n = 0, d = 0;
        var suppressed = 0;
        foreach (var row in data.Where(r => !twice.Contains(r["practice"]) && inArea(lookup[r["practice"]])))
        {
            if (row[register] == "-")
            {
                suppressed++;
                continue;
            }

            n += double.Parse(row[register], CultureInfo.InvariantCulture);
            d += double.Parse(row["pop"], CultureInfo.InvariantCulture);
        }

        return (n, d, suppressed);
    }

    /// <summary>Wilson's score interval by hand: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.959963984540054.</summary>
    private static (double Lower, double Upper) Wilson(double n, double d)
    {
        const double z = 1.959963984540054;
        var p = n / d;
        var centre = p + (z * z / (2 * d));
        var spread = z * Math.Sqrt((p * (1 - p) / d) + (z * z / (4 * d * d)));
        return ((centre - spread) / (1 + (z * z / d)) * 100, (centre + spread) / (1 + (z * z / d)) * 100);
    }

    [Theory]
    [InlineData("hypertension", "hypreg")]
    [InlineData("diabetes", "dmreg")]
    [InlineData("dementia", "demreg")]
    public void Build_DundeeChp_PrevalenceAndIntervalEqualTheRegistersSummedByHand(string name, string register)
    {
        var (n, d, _) = ByHand(register, r => r["CHP Code"] == Dundee);
        var indicator = Briefing.Value.Indicators.Single(i => i.Name == name);

        Assert.Equal((n, d), (indicator.Area.Numerator, indicator.Area.Denominator));
        Close.Relative(n / d * 100, indicator.Area.Value, 1e-12, $"{name} prevalence");
        var (lower, upper) = Wilson(n, d);
        Close.Relative(lower, indicator.Area.Lower, 1e-9, $"{name} lower");
        Close.Relative(upper, indicator.Area.Upper, 1e-9, $"{name} upper");
    }

    [Theory]
    [InlineData("hypertension", "hypreg")]
    [InlineData("dementia", "demreg")]
    public void Build_DundeeChp_TaysideAndScotlandComparatorsEqualTheirRegistersSummedByHand(string name, string register)
    {
        var indicator = Briefing.Value.Indicators.Single(i => i.Name == name);
        Assert.Equal([("NHS Tayside", AreaLevel.Board), ("Scotland", AreaLevel.Scotland)], indicator.Comparators.Select(c => (c.Area.Name, c.Area.Level)));
        var (tn, td, _) = ByHand(register, r => r["NHS Board Cypher"] == "T");
        var (sn, sd, _) = ByHand(register, _ => true);
        Close.Relative(tn / td * 100, indicator.Comparators[0].Result.Value, 1e-12, "Tayside");
        Close.Relative(sn / sd * 100, indicator.Comparators[1].Result.Value, 1e-12, "Scotland");
    }

    [Theory]
    [InlineData("hypertension", "Hypertension register prevalence", "hypreg")]
    [InlineData("diabetes", "Diabetes register prevalence", "dmreg")]
    public void Build_DundeeChp_EachPracticeAgainstTheChpIsItsWilsonIntervalAgainstTheChpsPrevalenceByHand(string name, string label, string register)
    {
        // By hand: each Dundee practice's register over its list size, its Wilson interval, and whether the CHP's
        // prevalence lies above it (lower), below it (higher) or inside it (similar). Practices are anonymised in the
        // table, which shows no counts and each value rounded (half away from zero) to two significant figures of the
        // CHP's value: a step of 10^(floor(log10 CHP value) − 1), e.g. 1 for 13.5%, 0.1 for 5.5%. Each published row is
        // matched to the practices whose value rounds to its value, where those practices all get the same verdict.
        var shared = RepoPaths.SharedOrSkip(Qof);
        var lookup = Read(Path.Combine(shared, "csv", "qof_scot_201415_practice_lookup.csv")).ToDictionary(r => r["Practice Code"]);
        var dundee = Read(Path.Combine(shared, "csv", "qof_scot_201415_practice_prevalence_Data_sheet.csv"))
            .Where(r => lookup[r["practice"]]["CHP Code"] == Dundee && r[register] != "-").ToList();
        var (chpRegister, chpPopulation, _) = ByHand(register, r => r["CHP Code"] == Dundee);
        var chp = chpRegister / chpPopulation * 100;
        var step = Math.Pow(10, Math.Floor(Math.Log10(chp)) - 1);
        var decimals = step >= 1 ? 0 : (int)Math.Round(-Math.Log10(step));
        string RoundedByHand(double register, double population) =>
            (Math.Round((decimal)(register / population * 100) / (decimal)step, 0, MidpointRounding.AwayFromZero) * (decimal)step).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var practices = dundee.Select(r => (Register: double.Parse(r[register], CultureInfo.InvariantCulture), Population: double.Parse(r["pop"], CultureInfo.InvariantCulture)))
            .Select(p => (Value: RoundedByHand(p.Register, p.Population), Wilson: Wilson(p.Register, p.Population))).ToList();
        string Verdict((double Lower, double Upper) wilson) => chp < wilson.Lower ? "higher" : chp > wilson.Upper ? "lower" : "similar";
        var byValue = practices.ToLookup(p => p.Value, p => Verdict(p.Wilson));

        var table = Briefing.Value.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName);
        var value = table.Columns.ToList().IndexOf(label + " (value, to " + step.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + ")");
        var against = table.Columns.ToList().IndexOf(label + " vs CHP (95%)");
        Assert.True(value > 0 && against > 0, string.Join(" | ", table.Columns));
        Assert.DoesNotContain(table.Columns, c => c.EndsWith(" (count)", StringComparison.Ordinal));

        // Every published row's value and verdict is one of the practices' (value rounded, verdict) pairs by hand, no
        // more often than the practices give it. Where practices sharing a rounded value all get one verdict, the row
        // must have that verdict; where they differ, the pair still has to be one of theirs.
        var published = table.Rows.Where(r => r[value].Length > 0 && r[value] != "*").Select(r => (Value: r[value], Against: r[against])).ToList();
        Assert.True(published.Count >= 20, $"{published.Count} values published");
        Assert.All(published.GroupBy(r => r), g => Assert.True(
            g.Count() <= practices.Count(p => p.Value == g.Key.Value && Verdict(p.Wilson) == g.Key.Against), $"{g.Key} published {g.Count()} times"));
        var unambiguous = published.Where(r => byValue[r.Value].Distinct().Count() == 1).ToList();
        Assert.All(unambiguous, r => Assert.Equal(byValue[r.Value].First(), r.Against));
        Assert.True(unambiguous.Count >= 15, $"{unambiguous.Count} rows with one verdict by hand");

        Assert.Equal(Briefing.Value.Indicators.Single(i => i.Name == name).Area.Numerator, chpRegister);
        Assert.Contains(table.Rows, r => r[against] != "similar");
    }

    [Fact]
    public void Build_DundeeChp_IsdsDashCountsAsSuppressedInTheDataQualityLine()
    {
        // ISD 2014/15 writes "-" for a suppressed value; read with the file's own marker it is counted as suppressed (it
        // used to load as "not applicable", so the summary reported 0 suppressed). Counted by hand over Dundee's practices.
        var suppressed = new[] { "hypreg", "dmreg", "demreg", "ostreg" }.Sum(r => ByHand(r, row => row["CHP Code"] == Dundee).Suppressed);
        Assert.True(suppressed > 0, "Dundee has suppressed registers in 2014/15 (5 osteoporosis registers)");
        Assert.Contains(Briefing.Value.DataQuality, s => s.StartsWith("QOF_Scot_201415_Practice_prevalence.xls: ", StringComparison.Ordinal)
            && s.Contains(string.Create(CultureInfo.InvariantCulture, $"{suppressed} values missing ({suppressed} suppressed in the source file, 0 not available)"), StringComparison.Ordinal));
    }

    [Fact]
    public void Build_DundeeChp_PracticesAnonymisedCountsThroughDisclosureControlAndTheDuplicatesSaid()
    {
        var briefing = Briefing.Value;
        Assert.Equal((AreaLevel.Chp, "Dundee Community Health Partnership", AreaLevel.Practice), (briefing.Area.Level, briefing.Area.Name, briefing.UnitLevel));
        Assert.All(briefing.PracticeLabels.Values, l => Assert.StartsWith("Practice ", l, StringComparison.Ordinal));
        foreach (var table in briefing.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var column in table.CountColumns.Where(c => row[c] != "*" && row[c].Length > 0))
                {
                    // Counts are written with thousands separators ("23,766").
                    Assert.False(SuppressionPolicy.PhsPracticeUnder5.IsSmall(long.Parse(row[column], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)), $"{table.Name}: {row[0]} {table.Columns[column]} = {row[column]}");
                }
            }
        }

        // 90031 and 90187 (Western Isles) are in the Data sheet twice (sheet rows 979 and 981, 980 and 982: CSV lines 978
        // and 980, 979 and 981, plus the sheet's row of column numbers): Scotland's totals leave both out, and say so
        // without naming practices outside the CHP.
        Assert.Contains("QOF_Scot_201415_Practice_prevalence.xls: rows 979 and 981, column practice: the same practice (outside this area) appears twice; both rows are left out of every total (Scotland's too), since which is right cannot be told.", briefing.DataQuality);
        Assert.Contains("QOF_Scot_201415_Practice_prevalence.xls: rows 980 and 982, column practice: the same practice (outside this area) appears twice; both rows are left out of every total (Scotland's too), since which is right cannot be told.", briefing.DataQuality);
        Assert.Equal(2, briefing.DataQuality.Count(s => s.Contains("appears twice", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_DundeeChp_HtmlAndWorkbook()
    {
        var folder = Directory.CreateTempSubdirectory("akit-real-briefing-");
        try
        {
            var written = BriefingWriter.Write(Briefing.Value, folder.FullName, pdf: false);
            Assert.Equal(["briefing-S03000039.html", "briefing-S03000039.xlsx"], written.Select(Path.GetFileName));
            var html = File.ReadAllText(written[0]);
            Assert.Contains("QOF register prevalence briefing: Dundee Community Health Partnership (S03000039)", html, StringComparison.Ordinal);
            Assert.Contains("The CHP against its board and Scotland", html, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Build_TqaFromTheOriginalXlsx_SameFiguresAsFromTheCsvExtract()
    {
        // notebooks/tqa-2018-19-briefing.json reads the CSV extract; the same definition pointed at ISD's original
        // workbook (sheet Data, header on row 2, practice codes stored as numbers) must give the same registers and list sizes.
        var openData = RepoPaths.SharedOrSkip("open-data");
        var xlsx = RepoPaths.SharedOrSkip("open-data/scot-tqa-prevalence-achievement-2016-2019/xlsx/IR2019-00546 TQA 2018-2019 Prevalence.xlsx");
        var csvDefinition = RepoPaths.InRepo("notebooks/tqa-2018-19-briefing.json");
        var folder = Directory.CreateTempSubdirectory("akit-tqa-xlsx-");
        try
        {
            var csvFile = "\"../../shared/open-data/scot-tqa-prevalence-achievement-2016-2019/csv/tqa_practice_prevalence_2016_2019.csv\"";
            var json = File.ReadAllText(csvDefinition);
            Assert.Contains(csvFile, json, StringComparison.Ordinal);
            json = json.Replace(csvFile, $"\"{xlsx.Replace("\\", "/", StringComparison.Ordinal)}\", \"sheet\": \"Data\", \"headerRow\": 2", StringComparison.Ordinal)
                .Replace("\"../../shared/open-data/", $"\"{openData.Replace("\\", "/", StringComparison.Ordinal)}/", StringComparison.Ordinal)
                .Replace("\"../data-samples/", $"\"{RepoPaths.InRepo("data-samples").Replace("\\", "/", StringComparison.Ordinal)}/", StringComparison.Ordinal);
            var xlsxDefinition = Path.Combine(folder.FullName, "tqa-xlsx.json");
            File.WriteAllText(xlsxDefinition, json);

            // One release, one key: without a release key the letters are keyed by a digest of the unpublished input
            // files (PracticeAnonymiser.FromUnpublishedFiles), and the .xlsx and the CSV are different files, so the two
            // runs would be two releases with different letters by design. With the same key the letters must agree.
            var key = Path.Combine(folder.FullName, "release.key");
            File.WriteAllText(key, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
            var fromCsv = ClusterBriefing.Build(new BriefingOptions(BriefingDefinition.Load(csvDefinition), AreaLevel.Chp, Dundee) { ReleaseKeyFile = key });
            var fromXlsx = ClusterBriefing.Build(new BriefingOptions(BriefingDefinition.Load(xlsxDefinition), AreaLevel.Chp, Dundee) { ReleaseKeyFile = key });

            Assert.Equal(3, fromXlsx.Indicators.Count);
            foreach (var (csv, excel) in fromCsv.Indicators.Zip(fromXlsx.Indicators))
            {
                Assert.True(csv.Area.Numerator > 0, csv.Name);
                Assert.Equal((csv.Name, csv.Area.Numerator, csv.Area.Denominator), (excel.Name, excel.Area.Numerator, excel.Area.Denominator));
                Assert.Equal(csv.Comparators.Select(c => (c.Area.Name, c.Result.Numerator, c.Result.Denominator)), excel.Comparators.Select(c => (c.Area.Name, c.Result.Numerator, c.Result.Denominator)));
            }

            // Every table but the provenance one (which names the files read) has the same cells.
            string[] figures = [ClusterBriefing.SummaryTableName, ClusterBriefing.UnitTableName, ClusterBriefing.QuintileTableName];
            Assert.Equal(figures, fromXlsx.Tables.Select(t => t.Name).Where(figures.Contains));
            Assert.Equal(fromCsv.Tables.Where(t => figures.Contains(t.Name)).Select(t => t.Rows), fromXlsx.Tables.Where(t => figures.Contains(t.Name)).Select(t => t.Rows));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Build_PhsOpenDataGeography_ClusterByNameQuintileFromTheDataZoneAndTqaRegisters()
    {
        // PHS's own geography files (2 practices: 10002 in cluster "Dundee 4", 10017 in "Strathearn Cluster") with SIMD
        // quintiles from their data zones, and TQA 2018/19 registers filtered by Year. By hand from the TQA CSV's
        // "2018-19" rows: 10002 hypreg 1,236 of 7,544; 10017 hypreg 1,047 of 6,712 (Scotland here = the 2 practices).
        var populations = RepoPaths.SharedOrSkip("open-data/scot-gp-practice-populations-sample");
        var simd = RepoPaths.SharedOrSkip("open-data/scot-simd2020v2-datazone-lookup/simd2020v2_22062020.csv");
        var tqa = RepoPaths.SharedOrSkip("open-data/scot-tqa-prevalence-achievement-2016-2019/csv/tqa_practice_prevalence_2016_2019.csv");
        var folder = Directory.CreateTempSubdirectory("akit-phs-geography-");
        try
        {
            string Json(string path) => path.Replace("\\", "/", StringComparison.Ordinal);
            var definition = Path.Combine(folder.FullName, "briefing.json");
            File.WriteAllText(definition, $$"""
                {
                  "geography": { "format": "phs-open-data", "lookup": "{{Json(Path.Combine(populations, "example_gp_metadata.csv"))}}",
                                 "populations": "{{Json(Path.Combine(populations, "example_gp_data.csv"))}}", "simd": "{{Json(simd)}}", "asAt": "2024-04-01" },
                  "period": { "label": "2018/19", "end": "2019-03-31" },
                  "headline": "hypertension",
                  "indicators": [ { "name": "hypertension", "label": "Hypertension register prevalence", "file": "{{Json(tqa)}}", "practice": "Practice",
                    "numerator": { "sum": "hypreg", "where": { "Year": { "prefix": "2018-19" } } },
                    "denominator": { "sum": "population", "where": { "Year": { "prefix": "2018-19" } } },
                    "method": "proportion-wilson", "multiplier": 100, "unit": "%", "polarity": "neither" } ]
                }
                """);

            var briefing = ClusterBriefing.Build(new BriefingOptions(BriefingDefinition.Load(definition), AreaLevel.Cluster, "Dundee 4"));

            var indicator = briefing.Indicators.Single();
            Assert.Equal(("Dundee 4", 1236.0, 7544.0), (briefing.Area.Name, indicator.Area.Numerator, indicator.Area.Denominator));
            Close.Relative(1236.0 / 7544 * 100, indicator.Area.Value, 1e-12, "Dundee 4");
            Close.Relative((1236.0 + 1047) / (7544 + 6712) * 100, indicator.ScotlandRate, 1e-12, "the two practices");
            // The practice is anonymised, so its row shows no quintile (and its value to two significant figures of the
            // cluster's: 1236 / 7544 = 16.38% → "16"); its quintile, from its data zone, is the SIMD table's only group.
            var quintile = File.ReadAllLines(simd).Select(l => l.Split(',')).Single(f => f[0] == "S01007129")[7];
            Assert.Equal(["Practice A", "16"], briefing.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName).Rows.Single().Take(2));
            Assert.Equal((int.Parse(quintile, CultureInfo.InvariantCulture), 1), (briefing.Quintiles.Single().Quintile!.Value, briefing.Quintiles.Single().Practices));
            Assert.Contains(briefing.DataQuality, d => d.StartsWith("tqa_practice_prevalence_2016_2019.csv, column Practice: ", StringComparison.Ordinal) && d.Contains(" practices are not in the lookup on the row's date", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
