using System.Globalization;
using System.Text;
using AnalysisKit.Geography;

namespace AnalysisKit.Samples;

/// <summary>
/// The BNF-level prescribing sample (<c>extracts/prescribing-bnf-monthly.csv</c>): PHS "Prescriptions in the Community"
/// columns (GPPractice, BNFItemCode, NumberOfPaidItems, PaidQuantity, GrossIngredientCost, PaidDateMonth) for the last
/// six months, one row per practice, presentation and month with at least one item, for the presentations the starter
/// prescribing measures read (real BNF codes). Kept to a few presentations so the committed sample stays small.
/// </summary>
public static partial class SampleDataGenerator
{
    /// <summary>The first month of the BNF-level sample (month 31 of 36: July 2025); it runs to the last month.</summary>
    public const int FirstBnfMonth = 31;

    /// <summary>The antibacterial presentations that share out each practice-month's <c>AntibacterialItems</c> (so the two files agree).</summary>
    private static readonly BnfPresentation[] Antibacterials =
    [
        new("0501012G0AAABAB", 0.18, 28, 0.095, Broad: false),   // flucloxacillin 500mg capsules
        new("0501013B0AAABAB", 0.38, 15, 0.09, Broad: false),    // amoxicillin 500mg capsules
        new("0501013K0AAAJAJ", 0.07, 21, 0.18, Broad: true),     // co-amoxiclav 500mg/125mg tablets
        new("0501030I0AAABAB", 0.20, 7, 0.35, Broad: false),     // doxycycline 100mg capsules
        new("0501120L0AAAFAF", 0.04, 10, 0.33, Broad: true),     // ciprofloxacin 500mg tablets
        new("0501130R0AAAGAG", 0.13, 6, 1.29, Broad: false),     // nitrofurantoin 100mg modified-release capsules
    ];

    /// <summary>Other presentations, drawn on their own: rate per 1,000 patients a month, quantity per item, price per unit, relative rates for children/adults/65+.</summary>
    private static readonly BnfPresentation[] Others =
    [
        new("0407020A0AAAEAE", 0.15, 5, 3.76, Child: 0, Adult: 0.6, Older: 3.5),    // fentanyl 25mcg/hour patches
        new("0407020A0AAAFAF", 0.12, 5, 7.78, Child: 0, Adult: 0.6, Older: 3.5),    // fentanyl 50mcg/hour patches (high dose)
        new("0407020Q0BBABAL", 0.90, 60, 0.21, Child: 0, Adult: 0.7, Older: 3.0),   // MST Continus 30mg tablets
        new("0407020Q0BBACAI", 0.25, 60, 0.43, Child: 0, Adult: 0.7, Older: 3.0),   // MST Continus 60mg tablets (high dose)
        new("0408010AEAAACAC", 3.0, 56, 0.064, Child: 0, Adult: 1.0, Older: 1.6),   // pregabalin 75mg capsules
        new("0408010G0AAABAB", 4.5, 100, 0.036, Child: 0, Adult: 1.0, Older: 1.6),  // gabapentin 300mg capsules
        new("0501090R0AAABAB", 0.03, 56, 1.48, Child: 0.2, Adult: 1.0, Older: 1.2), // rifampicin 300mg capsules (antituberculosis: outside the antibacterial measures)
        new("1502010J0BSAAEL", 1.5, 30, 2.76, Child: 0, Adult: 0.6, Older: 2.5),    // Versatis 700mg medicated plasters (lidocaine)
    ];

    private static string BnfCsv(ulong seed, List<SamplePractice> practices)
    {
        var text = new StringBuilder();
        text.Append("GPPractice,BNFItemCode,NumberOfPaidItems,PaidQuantity,GrossIngredientCost,PaidDateMonth\n");
        var antibacterials = SampleMeasure.Prescribing.Single(m => m.Column == "AntibacterialItems");
        for (var month = FirstBnfMonth; month <= SamplePlantedSignals.Months; month++)
        {
            var monthText = MonthDate(month).ToString("yyyyMM", CultureInfo.InvariantCulture);
            foreach (var p in practices)
            {
                if (!IsOpen(p, month) || p.Code == SamplePlantedSignals.OptedOutPracticeCode)
                {
                    continue;
                }

                var list = ListSize(practices, p, month);
                var items = new SortedDictionary<string, (int Items, BnfPresentation Presentation)>(StringComparer.Ordinal);
                var split = SplitMix64.Derive(seed, 4, (ulong)p.Index, (ulong)month);
                var broad = Math.Exp(0.35 * SplitMix64.Derive(seed, 5, (ulong)p.Index).NextNormal());
                var weights = Antibacterials.Select(a => a.Share * (a.Broad ? broad : 1)).ToArray();
                var remaining = MonthlyCount(seed, p, month, antibacterials, list);
                for (var k = 0; k < Antibacterials.Length; k++)
                {
                    var rest = weights.Skip(k).Sum();
                    var drawn = k == Antibacterials.Length - 1 ? remaining : Binomial(split, remaining, weights[k] / rest);
                    remaining -= drawn;
                    items[Antibacterials[k].Code] = (drawn, Antibacterials[k]);
                }

                foreach (var other in Others)
                {
                    var code = other.Code.GetHashCodeOrdinalStable();
                    var effect = Math.Exp((0.3 * SplitMix64.Derive(seed, 6, (ulong)p.Index, code).NextNormal()) - 0.045);
                    var planted = other.Code.StartsWith(SamplePlantedSignals.LidocaineCodePrefix, StringComparison.Ordinal) && p.Code == SamplePlantedSignals.LidocainePracticeCode
                        ? SamplePlantedSignals.LidocaineFactor : 1.0;
                    var mean = list / 1000.0 * other.Share * AgeFactor(other, p) * effect * planted;
                    items[other.Code] = (SplitMix64.Derive(seed, 7, (ulong)p.Index, (ulong)month, code).NextPoisson(mean), other);
                }

                foreach (var (code, (count, presentation)) in items)
                {
                    AppendBnfRow(text, p.Code, code, count, presentation, monthText);
                }
            }

            foreach (var (code, index) in PseudoPractice.Codes.Select((c, i) => (c, i)))
            {
                var amoxicillin = Antibacterials[1];
                var count = SplitMix64.Derive(seed, 8, (ulong)index, (ulong)month).NextPoisson(PseudoMeans[index] * amoxicillin.Share);
                AppendBnfRow(text, code, amoxicillin.Code, count, amoxicillin, monthText);
            }
        }

        return text.ToString();
    }

    private static void AppendBnfRow(StringBuilder text, string practice, string code, int items, BnfPresentation presentation, string month)
    {
        if (items == 0)
        {
            return;
        }

        var quantity = items * presentation.Quantity;
        var cost = Math.Round(quantity * presentation.UnitPrice, 2, MidpointRounding.AwayFromZero);
        text.Append(Invariant($"{practice},{code},{items},{quantity},{cost:0.00},{month}\n"));
    }

    /// <summary>The practice's age mix against Scotland's for a presentation's relative rates (children 0–14, adults 15–64, 65+).</summary>
    private static double AgeFactor(BnfPresentation presentation, SamplePractice practice)
    {
        static (double Child, double Adult, double Older) Groups(IReadOnlyList<double> shares) =>
            (shares.Take(3).Sum(), shares.Skip(3).Take(10).Sum(), shares.Skip(13).Sum());

        var own = Groups(practice.AgeShares);
        var total = ScotlandAgeShares.Sum();
        var scotland = Groups([.. ScotlandAgeShares.Select(s => s / total)]);
        return ((presentation.Child * own.Child) + (presentation.Adult * own.Adult) + (presentation.Older * own.Older)) /
               ((presentation.Child * scotland.Child) + (presentation.Adult * scotland.Adult) + (presentation.Older * scotland.Older));
    }

    /// <summary>A binomial deviate by counting Bernoulli trials (n is at most a few thousand items).</summary>
    private static int Binomial(SplitMix64 random, int n, double p)
    {
        var successes = 0;
        for (var i = 0; i < n; i++)
        {
            if (random.NextDouble() < p)
            {
                successes++;
            }
        }

        return successes;
    }

    /// <summary>One BNF presentation of the sample: its code, share or rate, pack quantity per item, price per unit, and age profile.</summary>
    private sealed record BnfPresentation(string Code, double Share, int Quantity, double UnitPrice, bool Broad = false, double Child = 1, double Adult = 1, double Older = 1);
}
