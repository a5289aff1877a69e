namespace AnalysisKit.Samples;

/// <summary>
/// The facts planted in the sample data (<c>akit samples generate</c>, any seed), so that tests and notebooks of other
/// areas can ask for "the outlier cluster" instead of hard-coding codes. Practice and cluster codes do not depend on
/// the seed: the synthetic structure is fixed and only sizes, age structures and counts are drawn.
/// Months are the first day of the month; month 1 is <see cref="FirstMonth"/>.
/// </summary>
public static class SamplePlantedSignals
{
    /// <summary>The first month of the extracts (January 2023).</summary>
    public static DateOnly FirstMonth { get; } = new(2023, 1, 1);

    /// <summary>The number of monthly extracts (36: January 2023 to December 2025).</summary>
    public const int Months = 36;

    /// <summary>The cluster whose practices all prescribe more antibacterials than the rest of Scotland ("Fife 3").</summary>
    public const string OutlierClusterCode = "GPC082";

    /// <summary>The measure raised in <see cref="OutlierClusterCode"/>.</summary>
    public const string OutlierMeasure = "AntibacterialItems";

    /// <summary>The factor applied to the outlier cluster's practices' expected counts in every month.</summary>
    public const double OutlierFactor = 1.35;

    /// <summary>The practice whose level shifts up at <see cref="ShiftFromMonth"/> (list about 9,000, cluster Edinburgh 5).</summary>
    public const string ShiftPracticeCode = "76045";

    /// <summary>The measure that shifts.</summary>
    public const string ShiftMeasure = "HighRiskItems";

    /// <summary>The first month at the new level (month 19, July 2024).</summary>
    public static DateOnly ShiftFromMonth { get; } = new(2024, 7, 1);

    /// <summary>The factor applied from <see cref="ShiftFromMonth"/> on.</summary>
    public const double ShiftFactor = 1.25;

    /// <summary>The practice with a steady rise (list about 8,000, cluster Aberdeen City 2).</summary>
    public const string TrendPracticeCode = "74010";

    /// <summary>The measure that rises.</summary>
    public const string TrendMeasure = "AnticholinergicItems";

    /// <summary>The rise per month as a fraction of the month-1 level: month m has factor 1 + 0.02 × (m − 1) (×1.70 by month 36).</summary>
    public const double TrendPerMonth = 0.02;

    /// <summary>Island practices given very small lists (350–680 patients), so monthly counts of 0–9 are common.</summary>
    public static IReadOnlyList<string> SmallPracticeCodes { get; } = ["77011", "78006", "79004", "79009"];

    /// <summary>The list sizes forced on <see cref="SmallPracticeCodes"/> (same order) at December 2025.</summary>
    public static IReadOnlyList<int> SmallPracticeListSizes { get; } = [680, 430, 350, 520];

    /// <summary>The practice with months absent from the monthly extracts (no rows at all for them).</summary>
    public const string MissingMonthsPracticeCode = "83060";

    /// <summary>The months absent for <see cref="MissingMonthsPracticeCode"/> (February to April 2024, months 14–16).</summary>
    public static IReadOnlyList<DateOnly> MissingMonths { get; } = [new(2024, 2, 1), new(2024, 3, 1), new(2024, 4, 1)];

    /// <summary>
    /// The practice that opted out of data sharing: it is in the lookup and populations, and every extract has its
    /// rows, but every measure is empty with the qualifier ":" (PHS "not available") in the measure's QF column.
    /// </summary>
    public const string OptedOutPracticeCode = "75050";

    /// <summary>The practice that closes (patients re-registered elsewhere); no extract rows from <see cref="ClosedOn"/>.</summary>
    public const string ClosedPracticeCode = "80040";

    /// <summary>The closure date of <see cref="ClosedPracticeCode"/> (month 28).</summary>
    public static DateOnly ClosedOn { get; } = new(2025, 4, 1);

    /// <summary>The practice that merges into <see cref="MergedIntoPracticeCode"/> (it is closed from <see cref="PracticeMergeOn"/>).</summary>
    public const string MergedPracticeCode = "82100";

    /// <summary>The practice that absorbs <see cref="MergedPracticeCode"/>'s list (same cluster).</summary>
    public const string MergedIntoPracticeCode = "82101";

    /// <summary>The date of the practice merger (month 19).</summary>
    public static DateOnly PracticeMergeOn { get; } = new(2024, 7, 1);

    /// <summary>The cluster that ceases by merging into <see cref="MergedIntoClusterCode"/> ("Midlothian 3").</summary>
    public const string MergedClusterCode = "GPC069";

    /// <summary>The cluster that absorbs <see cref="MergedClusterCode"/>'s practices ("Midlothian 2").</summary>
    public const string MergedIntoClusterCode = "GPC068";

    /// <summary>The date of the cluster merger (month 16); 148 clusters before, 147 from this date.</summary>
    public static DateOnly ClusterMergeOn { get; } = new(2024, 4, 1);

    /// <summary>The practice that changes cluster.</summary>
    public const string MovedPracticeCode = "76022";

    /// <summary>The cluster <see cref="MovedPracticeCode"/> leaves ("Edinburgh 1").</summary>
    public const string MovedFromClusterCode = "GPC056";

    /// <summary>The cluster <see cref="MovedPracticeCode"/> joins ("Edinburgh 2").</summary>
    public const string MovedToClusterCode = "GPC057";

    /// <summary>The date of the cluster change (month 22).</summary>
    public static DateOnly MovedOn { get; } = new(2024, 10, 1);

    /// <summary>The practice whose lidocaine plaster prescribing is planted high: the cost measure's largest saving in its cluster.</summary>
    public const string LidocainePracticeCode = "80017";

    /// <summary>Lidocaine plaster items of <see cref="LidocainePracticeCode"/> (in the outlier cluster) are this multiple of its expected count, in the BNF-level sample.</summary>
    public const double LidocaineFactor = 3.0;

    /// <summary>The BNF chemical substance of lidocaine (local anaesthetics, BNF 15.2); its plasters end in "EL".</summary>
    public const string LidocaineCodePrefix = "1502010J0";

    /// <summary>The month number (1 = <see cref="FirstMonth"/>) of a first-of-month date.</summary>
    public static int MonthNumber(DateOnly month) => ((month.Year - FirstMonth.Year) * 12) + month.Month - FirstMonth.Month + 1;

    /// <summary>The first-of-month date of month number <paramref name="monthNumber"/> (1–36).</summary>
    public static DateOnly MonthDate(int monthNumber) => FirstMonth.AddMonths(monthNumber - 1);
}
