using System.Globalization;
using AnalysisKit.Briefings;
using AnalysisKit.Definitions;
using AnalysisKit.Geography;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// An indirectly standardised ratio through the whole briefing: events by sex and age band for three sample practices
/// (two in GPC082, one in GPC001), the practices' populations by sex and band from the sample population file, Scotland's
/// sex-age rates as the reference; the cluster's ratio worked by hand (observed / Σ population × Scotland's rate). The
/// same events as a directly standardised rate: persons by band, weighted by the published ESP2013 weights.
/// </summary>
public partial class ClusterBriefingTests
{
    private const string BandEvents =
        "PracticeCode,Sex,AgeBand,Admissions\n" +
        "80015,Female,70-74,5\n70001,Female,70-74,3\n" +
        "80015,Male,75-79,4\n80016,Male,75-79,2\n70001,Male,75-79,6\n" +
        "80016,Female,85-89,7\n";

    [Fact]
    public void Build_IsrIndicator_TheClustersRatioIsObservedOverExpectedAtScotlandsRatesByHand()
    {
        using var data = new SampleDataCopy();
        var briefing = BriefBandEvents(data, "Admissions (standardised)", "isr", 100, "observed / expected × 100");

        // Populations by hand: each practice's latest rows on or before 2025-12-31 (dated 20251001) in the sample file.
        var lines = File.ReadAllLines(Path.Combine(data.Path, "geography", "practice-populations.csv"));
        var header = lines[0].Split(',');
        double Population(string practice, string sex, string band) => lines.Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == "20251001" && f[1] == practice && f[2] == sex)
            .Select(f => double.Parse(f[Array.IndexOf(header, AgeBandSet.Esp2013.Bands[AgeBandSet.Esp2013.IndexOf(band)].ColumnName)], CultureInfo.InvariantCulture)).Single();
        string[] practices = ["80015", "80016", "70001"];
        var events = BandEvents.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(f => (Practice: f[0], Sex: f[1], Band: f[2], Count: double.Parse(f[3], CultureInfo.InvariantCulture))).ToList();
        // Scotland = the three practices with rows: its rate in each sex-band is its events over its population there.
        double Rate(string sex, string band) => events.Where(e => e.Sex == sex && e.Band == band).Sum(e => e.Count) / practices.Sum(p => Population(p, sex, band));
        double expected = 0;
        foreach (var practice in new[] { "80015", "80016" })
        {
            foreach (var sex in new[] { "Female", "Male" })
            {
                foreach (var band in AgeBandSet.Esp2013.Bands.Select(b => b.Label))
                {
                    expected += Population(practice, sex, band) * Rate(sex, band);
                }
            }
        }

        var observed = events.Where(e => e.Practice != "70001").Sum(e => e.Count);
        var indicator = briefing.Indicators.Single();
        Assert.Equal(18, observed);
        Assert.Equal(observed, indicator.Area.Numerator);
        Close.Relative(observed / expected * 100, indicator.Area.Value, 1e-12, "ISR × 100");
        Close.Relative(100, indicator.ScotlandRate, 1e-12, "Scotland against itself");
    }

    [Fact]
    public void Build_DsrIndicator_TheClustersAndScotlandsRatesAreTheEsp2013WeightedBandRatesByHand()
    {
        using var data = new SampleDataCopy();
        var briefing = BriefBandEvents(data, "Admissions (age-standardised)", "dsr-esp2013", 100_000, "per 100,000 (ESP2013)");

        // Persons by band: both sexes' rows dated 20251001 (the latest on or before 2025-12-31) in the sample file.
        var lines = File.ReadAllLines(Path.Combine(data.Path, "geography", "practice-populations.csv"));
        var header = lines[0].Split(',');
        double Persons(string[] practices, string column) => lines.Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == "20251001" && practices.Contains(f[1]))
            .Sum(f => double.Parse(f[Array.IndexOf(header, column)], CultureInfo.InvariantCulture));
        // ESP2013 weights as published (Eurostat 2013; they sum to 100,000): 70-74 5,000, 75-79 4,000, 85-89 1,500. The
        // other bands have no events, so add nothing. Events: 70-74 F 80015 5, F 70001 3; 75-79 M 80015 4, 80016 2, 70001 6; 85-89 F 80016 7.
        double Dsr(string[] practices, double e7074, double e7579, double e8589) =>
            ((e7074 / Persons(practices, "Ages70to74") * 5000) + (e7579 / Persons(practices, "Ages75to79") * 4000)
             + (e8589 / Persons(practices, "Ages85to89") * 1500)) / 100_000 * 100_000;

        var indicator = briefing.Indicators.Single();
        Assert.Equal(18, indicator.Area.Numerator);
        Close.Relative(Dsr(["80015", "80016"], 5, 6, 7), indicator.Area.Value, 1e-12, "cluster DSR");
        Close.Relative(Dsr(["80015", "80016", "70001"], 8, 12, 7), indicator.ScotlandRate, 1e-12, "Scotland DSR");
    }

    /// <summary>GPC082's briefing of <see cref="BandEvents"/> as the one indicator, by sex and age band against the sample populations.</summary>
    private static ClusterBriefing BriefBandEvents(SampleDataCopy data, string label, string method, int multiplier, string unit)
    {
        File.WriteAllText(Path.Combine(data.Path, "extracts", "admissions-bands.csv"), BandEvents);
        var json = File.ReadAllText(data.Definition);
        var start = json.IndexOf("\"period\"", StringComparison.Ordinal);
        json = json[..start] + $$"""
            "period": { "label": "2025", "end": "2025-12-31" },
            "headline": "admissions",
            "indicators": [ { "name": "admissions", "label": "{{label}}", "file": "extracts/admissions-bands.csv",
              "practice": "PracticeCode", "ageBand": "AgeBand", "sex": "Sex", "numerator": "Admissions", "denominator": { "population": "age-sex" },
              "method": "{{method}}", "multiplier": {{multiplier.ToString(CultureInfo.InvariantCulture)}}, "unit": "{{unit}}", "polarity": "lower-is-better" } ]
            }
            """;
        File.WriteAllText(data.Definition, json);
        return ClusterBriefing.Build(new BriefingOptions(BriefingDefinition.Load(data.Definition), AreaLevel.Cluster, "GPC082"));
    }
}
