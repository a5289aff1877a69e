using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// The sample briefing cut down to one board (NHS Fife, S08000029: one HSCP, 8 clusters, 53 practices) so that a test
/// can suppress it against nested periods in seconds, with small counts planted in the high-risk items (made up):
/// practice 80015 has 2 in December 2025 (its year is large: the December difference of Jan–Dec and Jan–Nov is small);
/// practice 80016 has 0 in every month of 2025 but December, which has 7 (small under &lt; 10, not under &lt; 5);
/// cluster GPC087's practices have 0 in 2025 except 80047's 3 in December (a cluster count of 3). No prescribing
/// section (its deciles are Scotland's). Written to a temporary folder; the definition is <see cref="Definition"/>.
/// </summary>
internal sealed class SmallBriefingData : IDisposable
{
    public const string Board = "S08000029";

    private static readonly string[] Gpc087 = ["80047", "80048", "80049", "80050", "80051", "80052"];

    /// <param name="policy">The definition's disclosure policy.</param>
    public SmallBriefingData(string policy = "phs-practice-under-5")
    {
        var samples = RepoPaths.InRepo("data-samples");
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "geography"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "extracts"));
        var lookup = File.ReadAllLines(System.IO.Path.Combine(samples, "geography", "practice-lookup.csv"));
        var fife = lookup.Skip(1).Where(l => l.Split(',')[5] == Board).ToList();
        var practices = fife.Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        Write("geography/practice-lookup.csv", [lookup[0], .. fife]);
        var populations = File.ReadAllLines(System.IO.Path.Combine(samples, "geography", "practice-populations.csv"));
        Write("geography/practice-populations.csv", [populations[0], .. populations.Skip(1).Where(l => practices.Contains(l.Split(',')[1]))]);
        foreach (var extract in new[] { "prescribing-monthly.csv", "activity-monthly.csv" })
        {
            var lines = File.ReadAllLines(System.IO.Path.Combine(samples, "extracts", extract));
            Write("extracts/" + extract, [lines[0], .. lines.Skip(1).Where(l => l.Split(',')[2] == Board).Select(l => extract.StartsWith("prescribing", StringComparison.Ordinal) ? Plant(l) : l)]);
        }

        File.Copy(System.IO.Path.Combine(samples, "briefing.schema.json"), System.IO.Path.Combine(Path, "briefing.schema.json"));
        var definition = File.ReadAllText(System.IO.Path.Combine(samples, "briefing.json"));
        var prescribing = definition.IndexOf("  // Prescribing measures", StringComparison.Ordinal);
        definition = definition[..prescribing].TrimEnd().TrimEnd(',') + "\n}\n";
        File.WriteAllText(Definition, definition.Replace("\"policy\": \"phs-practice-under-5\"", $"\"policy\": \"{policy}\"", StringComparison.Ordinal));
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("akit-small-briefing-").FullName;

    public string Definition => System.IO.Path.Combine(Path, "briefing.json");

    /// <summary>The true high-risk items of a practice over 2025's months <paramref name="first"/> to <paramref name="last"/>, from the planted extract.</summary>
    public long HighRisk(string practice, int first = 1, int last = 12) =>
        File.ReadAllLines(System.IO.Path.Combine(Path, "extracts", "prescribing-monthly.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[1] == practice && f[0].StartsWith("2025", StringComparison.Ordinal) && int.Parse(f[0][4..], System.Globalization.CultureInfo.InvariantCulture) is var m && m >= first && m <= last)
            .Sum(f => long.Parse(f[10], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The practices of a cluster, from the lookup.</summary>
    public IReadOnlyList<string> Practices(string cluster) =>
        File.ReadAllLines(System.IO.Path.Combine(Path, "geography", "practice-lookup.csv")).Skip(1).Select(l => l.Split(',')).Where(f => f[2] == cluster).Select(f => f[0]).ToList();

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static string Plant(string line)
    {
        var f = line.Split(',');
        if (!f[0].StartsWith("2025", StringComparison.Ordinal))
        {
            return line;
        }

        var december = f[0] == "202512";
        string? items = f[1] switch
        {
            "80015" when december => "2",
            "80016" => december ? "7" : "0",
            "80047" when december => "3",
            _ when Gpc087.Contains(f[1]) => "0",
            _ => null,
        };
        if (items is not null)
        {
            f[10] = items;
        }

        return string.Join(',', f);
    }

    private void Write(string relative, IEnumerable<string> lines) => File.WriteAllLines(System.IO.Path.Combine(Path, relative), lines);
}
