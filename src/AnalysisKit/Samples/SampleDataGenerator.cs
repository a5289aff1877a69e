using System.Globalization;
using System.Text;
using AnalysisKit.Geography;

namespace AnalysisKit.Samples;

/// <summary>
/// Generates AnalysisKit's synthetic Scotland: a dated practice lookup (14 real boards, 31 real HSCP codes, 148 → 147
/// synthetic clusters, 930 synthetic practices and 4 pseudo-practices), quarterly list sizes by sex and ESP2013 age
/// band, and 36 months of practice-level extracts with the signals of <see cref="SamplePlantedSignals"/>. The same seed
/// gives the same bytes: numbers come from <see cref="SplitMix64"/>, text is written with the invariant culture, UTF-8
/// without BOM and LF line endings. The data are synthetic; see data-samples/README.md for the dictionary.
/// </summary>
public static partial class SampleDataGenerator
{
    /// <summary>The seed of the committed data-samples/ (the year the NHS began).</summary>
    public const ulong DefaultSeed = 1948;

    /// <summary>The files written, relative to the output folder, in writing order.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "geography/practice-lookup.csv",
        "geography/practice-populations.csv",
        "extracts/prescribing-monthly.csv",
        "extracts/activity-monthly.csv",
        "extracts/registers-quarterly.csv",
        "extracts/prescribing-bnf-monthly.csv",
    ];

    private static readonly DateOnly Start = SamplePlantedSignals.FirstMonth;

    // Scotland's age structure in the 19 ESP2013 bands (per cent), rounded from NRS mid-2021 population estimates
    // for shape only; each practice tilts it older or younger with rurality and deprivation.
    private static readonly double[] ScotlandAgeShares =
        [4.7, 5.3, 5.5, 5.3, 6.2, 6.7, 6.6, 6.2, 5.7, 6.2, 7.2, 7.4, 6.7, 5.8, 5.3, 3.9, 2.6, 1.5, 0.7];

    // Share of each band that is female (more women at older ages).
    private static readonly double[] FemaleShares =
        [0.487, 0.487, 0.487, 0.487, 0.50, 0.50, 0.50, 0.50, 0.50, 0.505, 0.505, 0.51, 0.51, 0.52, 0.52, 0.55, 0.57, 0.62, 0.70];

    private static readonly string[] NameWords =
        ["Abbey", "Bank", "Burnside", "Castle", "Church", "Croft", "Glen", "Harbour", "High Street", "Hillview",
         "Kirkgate", "Lochside", "Mill", "Park", "Riverside", "Station", "Tower", "Victoria", "West End", "Wynd"];

    private static readonly string[] NameSuffixes = ["Medical Practice", "Health Centre", "Surgery", "Medical Centre", "Group Practice"];

    /// <summary>Writes the sample files under <paramref name="outDirectory"/> (created if absent), replacing earlier ones.</summary>
    /// <param name="seed">Any 64-bit seed; <see cref="DefaultSeed"/> gives the committed data.</param>
    /// <param name="outDirectory">The output folder, e.g. data-samples.</param>
    /// <returns>The full paths written.</returns>
    public static IReadOnlyList<string> Generate(ulong seed, string outDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(outDirectory);
        var written = new List<string>();
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (relative, text) in Render(seed))
        {
            var path = Path.Combine(outDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, encoding);
            written.Add(path);
        }

        return written;
    }

    /// <summary>The sample files as text, keyed by relative path, in the order of <see cref="Files"/>.</summary>
    /// <param name="seed">Any 64-bit seed.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Render(ulong seed)
    {
        var practices = BuildPractices(seed);
        var clusterNames = ClusterNames();
        return
        [
            new(Files[0], LookupCsv(practices, clusterNames)),
            new(Files[1], PopulationsCsv(practices)),
            new(Files[2], MonthlyCsv(seed, practices, SampleMeasure.Prescribing, includePseudo: true)),
            new(Files[3], MonthlyCsv(seed, practices, SampleMeasure.Activity, includePseudo: false)),
            new(Files[4], RegistersCsv(practices)),
            new(Files[5], BnfCsv(seed, practices)),
        ];
    }

    private static List<SamplePractice> BuildPractices(ulong seed)
    {
        var practices = new List<SamplePractice>();
        var clusterNumber = 0;
        for (var boardIndex = 0; boardIndex < HealthBoard.Current.Count; boardIndex++)
        {
            var board = HealthBoard.Current[boardIndex];
            var sequence = 0;
            foreach (var region in SampleRegion.All.Where(r => Hscp.Find(r.HscpCode)!.BoardCode == board.Code))
            {
                var hscp = Hscp.Find(region.HscpCode)!;
                var larger = region.Practices % region.Clusters;
                var size = region.Practices / region.Clusters;
                for (var c = 0; c < region.Clusters; c++)
                {
                    clusterNumber++;
                    var members = size + (c < larger ? 1 : 0);
                    for (var k = 0; k < members; k++)
                    {
                        sequence++;
                        var index = practices.Count;
                        practices.Add(new SamplePractice
                        {
                            Index = index,
                            Code = (70000 + (1000 * boardIndex) + sequence).ToString(CultureInfo.InvariantCulture),
                            Name = $"{NameWords[sequence % NameWords.Length]} {NameSuffixes[(sequence / NameWords.Length) % NameSuffixes.Length]}",
                            Hscp = hscp,
                            Region = region,
                            ClusterCode = ClusterCode(clusterNumber),
                            Quintile = 0,
                            ListAtEnd = 0,
                            GrowthPerYear = 0,
                            AgeShares = [],
                        });
                    }
                }
            }
        }

        foreach (var practice in practices)
        {
            Draw(seed, practice);
        }

        return practices;
    }

    private static void Draw(ulong seed, SamplePractice practice)
    {
        var random = SplitMix64.Derive(seed, 1, (ulong)practice.Index);
        var dataZones = practice.Region.DataZonesByQuintile;
        var pick = random.NextInt(dataZones.Sum());
        var quintile = 0;
        while (pick >= dataZones[quintile])
        {
            pick -= dataZones[quintile];
            quintile++;
        }

        practice.Quintile = quintile + 1;
        double[] medians = [6500, 5500, 4000, 1800];
        var list = medians[practice.Region.Rurality] * Math.Exp(0.45 * random.NextNormal());
        var smallIndex = SamplePlantedSignals.SmallPracticeCodes.ToList().IndexOf(practice.Code);
        practice.ListAtEnd = practice.Code switch
        {
            SamplePlantedSignals.ShiftPracticeCode => 9000,
            SamplePlantedSignals.TrendPracticeCode => 8000,
            _ when smallIndex >= 0 => SamplePlantedSignals.SmallPracticeListSizes[smallIndex],
            _ => (int)Math.Round(Math.Clamp(list, practice.Region.Rurality == 3 ? 300 : 900, 22000), MidpointRounding.ToEven),
        };
        practice.GrowthPerYear = 0.004 + (0.01 * random.NextNormal());
        var tilt = (0.18 * practice.Region.Rurality) + (0.08 * (practice.Quintile - 3)) + (0.1 * random.NextNormal());
        var weights = ScotlandAgeShares.Select((s, b) => s * Math.Exp(tilt * (b - 9) / 9.0)).ToArray();
        var total = weights.Sum();
        practice.AgeShares = [.. weights.Select(w => w / total)];
        foreach (var measure in SampleMeasure.Prescribing.Concat(SampleMeasure.Activity).Concat(SampleMeasure.Registers))
        {
            var sd = measure.PracticeSpread;
            practice.Effects[measure.Column] = Math.Exp((sd * random.NextNormal()) - (sd * sd / 2));
        }
    }

    private static string ClusterCode(int number) => "GPC" + number.ToString("000", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ClusterNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var board in HealthBoard.Current)
        {
            foreach (var region in SampleRegion.All.Where(r => Hscp.Find(r.HscpCode)!.BoardCode == board.Code))
            {
                for (var c = 1; c <= region.Clusters; c++)
                {
                    number++;
                    names[ClusterCode(number)] = string.Create(CultureInfo.InvariantCulture, $"{Hscp.Find(region.HscpCode)!.Name} {c}");
                }
            }
        }

        return names;
    }

    private static DateOnly MonthDate(int month) => Start.AddMonths(month - 1);

    private static bool IsOpen(SamplePractice practice, int month) => practice.Code switch
    {
        SamplePlantedSignals.MergedPracticeCode => MonthDate(month) < SamplePlantedSignals.PracticeMergeOn,
        SamplePlantedSignals.ClosedPracticeCode => MonthDate(month) < SamplePlantedSignals.ClosedOn,
        _ => true,
    };

    private static int ListSize(IReadOnlyList<SamplePractice> practices, SamplePractice practice, int month)
    {
        var list = practice.OwnList(month);
        if (practice.Code == SamplePlantedSignals.MergedIntoPracticeCode && MonthDate(month) >= SamplePlantedSignals.PracticeMergeOn)
        {
            list += practices.Single(p => p.Code == SamplePlantedSignals.MergedPracticeCode).OwnList(month);
        }

        return list;
    }

    private static string ClusterAt(SamplePractice practice, DateOnly date)
    {
        if (practice.ClusterCode == SamplePlantedSignals.MergedClusterCode && date >= SamplePlantedSignals.ClusterMergeOn)
        {
            return SamplePlantedSignals.MergedIntoClusterCode;
        }

        if (practice.Code == SamplePlantedSignals.MovedPracticeCode && date >= SamplePlantedSignals.MovedOn)
        {
            return SamplePlantedSignals.MovedToClusterCode;
        }

        return practice.ClusterCode;
    }

    private static string LookupCsv(List<SamplePractice> practices, Dictionary<string, string> clusterNames)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', PracticeLookupReader.Columns)).Append('\n');
        void Row(SamplePractice p, string cluster, string status, DateOnly from, DateOnly? to, string note) =>
            text.Append(Invariant(
                $"{p.Code},{p.Name},{cluster},{clusterNames[cluster]},{p.Hscp.Code},{p.Hscp.BoardCode},{p.Quintile},{status},{Iso(from)},{(to is null ? string.Empty : Iso(to.Value))},{note}\n"));

        foreach (var p in practices)
        {
            switch (p.Code)
            {
                case SamplePlantedSignals.MergedPracticeCode:
                    Row(p, p.ClusterCode, "open", Start, SamplePlantedSignals.PracticeMergeOn.AddDays(-1), string.Empty);
                    Row(p, p.ClusterCode, "closed", SamplePlantedSignals.PracticeMergeOn, null, "merged into " + SamplePlantedSignals.MergedIntoPracticeCode);
                    break;
                case SamplePlantedSignals.ClosedPracticeCode:
                    Row(p, p.ClusterCode, "open", Start, SamplePlantedSignals.ClosedOn.AddDays(-1), string.Empty);
                    Row(p, p.ClusterCode, "closed", SamplePlantedSignals.ClosedOn, null, "patients re-registered with neighbouring practices");
                    break;
                case SamplePlantedSignals.MovedPracticeCode:
                    Row(p, p.ClusterCode, "open", Start, SamplePlantedSignals.MovedOn.AddDays(-1), string.Empty);
                    Row(p, SamplePlantedSignals.MovedToClusterCode, "open", SamplePlantedSignals.MovedOn, null,
                        $"moved from cluster {SamplePlantedSignals.MovedFromClusterCode}");
                    break;
                case var _ when p.ClusterCode == SamplePlantedSignals.MergedClusterCode:
                    Row(p, p.ClusterCode, "open", Start, SamplePlantedSignals.ClusterMergeOn.AddDays(-1), string.Empty);
                    Row(p, SamplePlantedSignals.MergedIntoClusterCode, "open", SamplePlantedSignals.ClusterMergeOn, null,
                        $"cluster {SamplePlantedSignals.MergedClusterCode} merged into {SamplePlantedSignals.MergedIntoClusterCode}");
                    break;
                default:
                    Row(p, p.ClusterCode, "open", Start, null, string.Empty);
                    break;
            }
        }

        foreach (var code in PseudoPractice.Codes)
        {
            text.Append(Invariant($"{code},Pseudo-practice ({PseudoPractice.Kind(code)}),,,S37000012,S08000024,,open,{Iso(Start)},,not a registered list\n"));
        }

        return text.ToString();
    }

    private static string PopulationsCsv(List<SamplePractice> practices)
    {
        var text = new StringBuilder();
        text.Append("Date,PracticeCode,Sex,AllAges,").Append(string.Join(',', AgeBandSet.Esp2013.Bands.Select(b => b.ColumnName))).Append('\n');
        for (var month = 1; month <= SamplePlantedSignals.Months; month += 3)
        {
            var date = MonthDate(month).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            foreach (var p in practices.Where(p => IsOpen(p, month)))
            {
                var bands = Apportion(ListSize(practices, p, month), p.AgeShares);
                var female = bands.Select((n, b) => (int)Math.Round(n * FemaleShares[b], MidpointRounding.ToEven)).ToArray();
                var male = bands.Select((n, b) => n - female[b]).ToArray();
                text.Append(Invariant($"{date},{p.Code},Female,{female.Sum()},{string.Join(',', female)}\n"));
                text.Append(Invariant($"{date},{p.Code},Male,{male.Sum()},{string.Join(',', male)}\n"));
            }
        }

        return text.ToString();
    }

    private static string MonthlyCsv(ulong seed, List<SamplePractice> practices, IReadOnlyList<SampleMeasure> measures, bool includePseudo)
    {
        var text = new StringBuilder();
        text.Append("Month,PracticeCode,HB,HSCP,GPCluster,ListSize");
        foreach (var measure in measures)
        {
            text.Append(',').Append(measure.Column).Append(',').Append(measure.Column).Append("QF");
        }

        text.Append('\n');
        for (var month = 1; month <= SamplePlantedSignals.Months; month++)
        {
            var date = MonthDate(month);
            var monthText = date.ToString("yyyyMM", CultureInfo.InvariantCulture);
            foreach (var p in practices)
            {
                if (!IsOpen(p, month) ||
                    (p.Code == SamplePlantedSignals.MissingMonthsPracticeCode && SamplePlantedSignals.MissingMonths.Contains(date)))
                {
                    continue;
                }

                var list = ListSize(practices, p, month);
                text.Append(Invariant($"{monthText},{p.Code},{p.Hscp.BoardCode},{p.Hscp.Code},{ClusterAt(p, date)},{list}"));
                foreach (var measure in measures)
                {
                    if (p.Code == SamplePlantedSignals.OptedOutPracticeCode)
                    {
                        text.Append(",,:");
                        continue;
                    }

                    text.Append(',').Append(MonthlyCount(seed, p, month, measure, list).ToString(CultureInfo.InvariantCulture)).Append(',');
                }

                text.Append('\n');
            }

            if (includePseudo)
            {
                foreach (var (code, index) in PseudoPractice.Codes.Select((c, i) => (c, i)))
                {
                    text.Append(Invariant($"{monthText},{code},S08000024,S37000012,,0"));
                    foreach (var measure in measures)
                    {
                        var random = SplitMix64.Derive(seed, 3, (ulong)index, (ulong)month, (ulong)measure.Column.GetHashCodeOrdinalStable());
                        var mean = PseudoMeans[index] * measure.RatePer1000 / 65.0;
                        text.Append(',').Append(random.NextPoisson(mean).ToString(CultureInfo.InvariantCulture)).Append(',');
                    }

                    text.Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The count of a monthly measure for a practice-month, as the monthly extracts write it.</summary>
    private static int MonthlyCount(ulong seed, SamplePractice p, int month, SampleMeasure measure, int list)
    {
        var random = SplitMix64.Derive(seed, 2, (ulong)p.Index, (ulong)month, (ulong)measure.Column.GetHashCodeOrdinalStable());
        var mean = Expected(measure, p, list) * Season(measure, month) * Planted(measure, p, month);
        return random.NextPoisson(mean);
    }

    // Monthly antibacterial-equivalent volume of each pseudo-practice (pharmacy, unallocated, hospital, dental);
    // other measures scale with their Scotland rate.
    private static readonly double[] PseudoMeans = [250, 120, 80, 60];

    private static string RegistersCsv(List<SamplePractice> practices)
    {
        var text = new StringBuilder();
        text.Append("Month,PracticeCode,HB,HSCP,GPCluster,ListSize");
        foreach (var measure in SampleMeasure.Registers)
        {
            text.Append(',').Append(measure.Column).Append(',').Append(measure.Column).Append("QF");
        }

        text.Append('\n');
        for (var quarter = 0; quarter < SamplePlantedSignals.Months / 3; quarter++)
        {
            var month = (quarter * 3) + 3;
            var date = MonthDate(month);
            foreach (var p in practices.Where(p => IsOpen(p, month)))
            {
                var list = ListSize(practices, p, month);
                text.Append(Invariant($"{date.ToString("yyyyMM", CultureInfo.InvariantCulture)},{p.Code},{p.Hscp.BoardCode},{p.Hscp.Code},{ClusterAt(p, date)},{list}"));
                foreach (var measure in SampleMeasure.Registers)
                {
                    if (p.Code == SamplePlantedSignals.OptedOutPracticeCode)
                    {
                        text.Append(",,:");
                        continue;
                    }

                    var count = (int)Math.Round(Expected(measure, p, list) * (1 + (measure.DriftPerQuarter * quarter)), MidpointRounding.ToEven);
                    text.Append(',').Append(count.ToString(CultureInfo.InvariantCulture)).Append(',');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static double Expected(SampleMeasure measure, SamplePractice practice, int list)
    {
        static (double Child, double Adult, double Older) Groups(IReadOnlyList<double> shares) =>
            (shares.Take(3).Sum(), shares.Skip(3).Take(10).Sum(), shares.Skip(13).Sum());

        var own = Groups(practice.AgeShares);
        var scotlandTotal = ScotlandAgeShares.Sum();
        var scotland = Groups([.. ScotlandAgeShares.Select(s => s / scotlandTotal)]);
        var age = ((measure.Child * own.Child) + (measure.Adult * own.Adult) + (measure.Older * own.Older)) /
                  ((measure.Child * scotland.Child) + (measure.Adult * scotland.Adult) + (measure.Older * scotland.Older));
        return list / 1000.0 * measure.RatePer1000 * age * measure.Deprivation[practice.Quintile - 1] * practice.Effects[measure.Column];
    }

    private static double Season(SampleMeasure measure, int month) =>
        1 + (measure.Winter * Math.Cos(2 * Math.PI * ((month - 1) % 12) / 12.0));

    private static double Planted(SampleMeasure measure, SamplePractice practice, int month)
    {
        var factor = 1.0;
        if (measure.Column == SamplePlantedSignals.OutlierMeasure && practice.ClusterCode == SamplePlantedSignals.OutlierClusterCode)
        {
            factor *= SamplePlantedSignals.OutlierFactor;
        }

        if (measure.Column == SamplePlantedSignals.ShiftMeasure && practice.Code == SamplePlantedSignals.ShiftPracticeCode &&
            MonthDate(month) >= SamplePlantedSignals.ShiftFromMonth)
        {
            factor *= SamplePlantedSignals.ShiftFactor;
        }

        if (measure.Column == SamplePlantedSignals.TrendMeasure && practice.Code == SamplePlantedSignals.TrendPracticeCode)
        {
            factor *= 1 + (SamplePlantedSignals.TrendPerMonth * (month - 1));
        }

        return factor;
    }

    /// <summary>Splits <paramref name="total"/> over bands in proportion to <paramref name="shares"/> (largest remainder, ties to the younger band).</summary>
    private static int[] Apportion(int total, double[] shares)
    {
        var exact = shares.Select(s => s * total).ToArray();
        var counts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var left = total - counts.Sum();
        foreach (var b in Enumerable.Range(0, shares.Length).OrderByDescending(b => exact[b] - counts[b]).ThenBy(b => b).Take(left))
        {
            counts[b]++;
        }

        return counts;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static ulong GetHashCodeOrdinalStable(this string text)
    {
        // FNV-1a over UTF-16 code units: a stable label for a measure name (string.GetHashCode is randomised per process).
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }
}
