using System.Globalization;

namespace AnalysisKit.Disclosure;

/// <summary>
/// A disclosure-control policy, written in one place: which counts are small, whether true zeros are shown, the
/// rounding base and rule, the marker, open-data qualifier columns, what happens to measures beside a suppressed
/// count, and the secondary suppression. Use a named preset (<see cref="PhsPracticeUnder5"/>, <see cref="Under10"/>,
/// <see cref="SdcShinyApp"/>) or load one with <see cref="SuppressionPolicyFile"/>.
/// </summary>
/// <remarks>
/// Sources: PHS Statistical Disclosure Control Protocol v2.1 (2023); ScotPHO profiles per-indicator rules
/// (<c>&lt; 5</c>, <c>&lt; 10</c>) and <c>apply_suppressions</c>; PHS sdcshinyapp (<c>≤ condition</c>, marker <c>*</c>
/// or <c>c</c>, "No zero suppression").
/// </remarks>
public sealed class SuppressionPolicy
{
    /// <summary>The review sheet lists every count below this, as LIST locality profiles flag every count under 10.</summary>
    public const int DefaultReviewBelow = 10;

    /// <summary>Creates a policy; every argument is checked.</summary>
    /// <param name="name">A short name shown in the audit. Not empty.</param>
    /// <param name="threshold">The threshold. Range: ≥ 1.</param>
    /// <param name="comparison">Whether counts <c>&lt;</c> or <c>≤</c> the threshold are small.</param>
    /// <param name="showTrueZeros">True to publish true zeros (PHS practice); false to treat 0 as small too.</param>
    /// <param name="marker">The marker for a suppressed cell: <c>*</c> or <c>c</c> (open data must use <c>c</c>).</param>
    /// <param name="qualifierColumns">True to write open-data <c>&lt;Column&gt;QF</c> companion columns (suppressed value blank, QF <c>c</c>).</param>
    /// <param name="roundingBase">Published counts are rounded to this base. Range: ≥ 1; 1 means no rounding.</param>
    /// <param name="roundingRule">The tie rule for rounding.</param>
    /// <param name="keepStandardisedRates">True to keep a standardised rate and its limits when its count is suppressed (ScotPHO).</param>
    /// <param name="secondary">The secondary suppression.</param>
    /// <param name="reviewBelow">The review sheet lists counts below this. Range: ≥ 1.</param>
    public SuppressionPolicy(
        string name,
        int threshold,
        ThresholdComparison comparison,
        bool showTrueZeros,
        string marker,
        bool qualifierColumns,
        int roundingBase,
        RoundingRule roundingRule,
        bool keepStandardisedRates,
        SecondaryMethod secondary,
        int reviewBelow = DefaultReviewBelow)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException(DisclosureMessages.PolicyNameEmpty, nameof(name));
        }

        if (threshold < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, DisclosureMessages.ThresholdOutOfRange(threshold));
        }

        if (marker is not ("*" or "c"))
        {
            throw new ArgumentException(DisclosureMessages.MarkerNotAllowed(marker), nameof(marker));
        }

        if (roundingBase < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(roundingBase), roundingBase, DisclosureMessages.RoundingBaseOutOfRange(roundingBase));
        }

        if (reviewBelow < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(reviewBelow), reviewBelow, DisclosureMessages.ReviewBelowOutOfRange(reviewBelow));
        }

        if (!Enum.IsDefined(comparison) || !Enum.IsDefined(roundingRule) || !Enum.IsDefined(secondary))
        {
            throw new ArgumentException(DisclosureMessages.PolicyEnumUndefined(name));
        }

        Name = name;
        Threshold = threshold;
        Comparison = comparison;
        ShowTrueZeros = showTrueZeros;
        Marker = marker;
        QualifierColumns = qualifierColumns;
        RoundingBase = roundingBase;
        RoundingRule = roundingRule;
        KeepStandardisedRates = keepStandardisedRates;
        Secondary = secondary;
        ReviewBelow = reviewBelow;
    }

    /// <summary>PHS practice data: counts 1–4 hidden (<c>&lt; 5</c>), true zeros shown, marker <c>*</c>, complete secondary suppression.</summary>
    public static SuppressionPolicy PhsPracticeUnder5 { get; } = new(
        "phs-practice-under-5", 5, ThresholdComparison.LessThan, true, "*", false, 1, RoundingRule.HalfUp, true, SecondaryMethod.Complete);

    /// <summary>Counts 1–9 hidden (<c>&lt; 10</c>, ScotPHO and LIST), true zeros shown, marker <c>*</c>, complete secondary suppression.</summary>
    public static SuppressionPolicy Under10 { get; } = new(
        "under-10", 10, ThresholdComparison.LessThan, true, "*", false, 1, RoundingRule.HalfUp, true, SecondaryMethod.Complete);

    /// <summary>
    /// PHS sdcshinyapp behaviour, for reproducing PHS's training tests: counts <c>≤ condition</c> hidden, true zeros
    /// kept when <paramref name="noZeroSuppression"/>, row-only secondary suppression (<see cref="SecondaryMethod.PhsRowsOnly"/>).
    /// Not safe when column totals are published.
    /// </summary>
    /// <param name="condition">The app's suppression condition. Range: ≥ 1; the app default is 10.</param>
    /// <param name="noZeroSuppression">The app's "No zero suppression" checkbox.</param>
    /// <param name="marker"><c>*</c> or <c>c</c>.</param>
    public static SuppressionPolicy SdcShinyApp(int condition = 10, bool noZeroSuppression = true, string marker = "*") => new(
        "sdcshinyapp-" + condition.ToString(CultureInfo.InvariantCulture), condition, ThresholdComparison.LessThanOrEqual,
        noZeroSuppression, marker, false, 1, RoundingRule.HalfToEven, true, SecondaryMethod.PhsRowsOnly);

    /// <summary>The named presets, by name: <c>phs-practice-under-5</c>, <c>under-10</c>, <c>sdcshinyapp-10</c>.</summary>
    public static IReadOnlyDictionary<string, SuppressionPolicy> Presets { get; } =
        new[] { PhsPracticeUnder5, Under10, SdcShinyApp() }.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The policy's name.</summary>
    public string Name { get; }

    /// <summary>The threshold (see <see cref="Comparison"/>).</summary>
    public int Threshold { get; }

    /// <summary>Whether counts <c>&lt;</c> or <c>≤</c> <see cref="Threshold"/> are small.</summary>
    public ThresholdComparison Comparison { get; }

    /// <summary>True when true zeros are published; false when 0 counts as small.</summary>
    public bool ShowTrueZeros { get; }

    /// <summary>The marker for a suppressed cell: <c>*</c> or <c>c</c>.</summary>
    public string Marker { get; }

    /// <summary>True when open-data <c>&lt;Column&gt;QF</c> companion columns are written.</summary>
    public bool QualifierColumns { get; }

    /// <summary>The rounding base for published counts; 1 means no rounding.</summary>
    public int RoundingBase { get; }

    /// <summary>The tie rule used with <see cref="RoundingBase"/>.</summary>
    public RoundingRule RoundingRule { get; }

    /// <summary>True when a standardised rate and its limits stay published beside a suppressed count (ScotPHO).</summary>
    public bool KeepStandardisedRates { get; }

    /// <summary>The secondary suppression applied.</summary>
    public SecondaryMethod Secondary { get; }

    /// <summary>The review sheet lists every count below this.</summary>
    public int ReviewBelow { get; }

    /// <summary>
    /// The smallest non-zero count this policy publishes: <see cref="Threshold"/> for <c>&lt;</c>, threshold + 1 for
    /// <c>≤</c>. It is also the protection a suppressed cell needs: the tightest interval an attacker can derive for it
    /// from the published table must be at least this wide. A narrower interval starting at 0 would show the count is
    /// small, and a narrower interval elsewhere pins a count as closely as publishing a small count would.
    /// </summary>
    public long ProtectionWidth => Comparison == ThresholdComparison.LessThan ? Threshold : (long)Threshold + 1;

    /// <summary>True when this count must be hidden by primary suppression.</summary>
    /// <param name="count">A count. Range: ≥ 0.</param>
    public bool IsSmall(long count)
    {
        if (count == 0)
        {
            return !ShowTrueZeros;
        }

        return Comparison == ThresholdComparison.LessThan ? count < Threshold : count <= Threshold;
    }

    /// <summary>The rule in words, e.g. "counts 1–4 (&lt; 5) suppressed; true zeros shown; …".</summary>
    public string Describe()
    {
        var smallest = ShowTrueZeros ? 1 : 0;
        var largest = ProtectionWidth - 1;
        var symbol = Comparison == ThresholdComparison.LessThan ? "< " : "≤ ";
        return string.Create(CultureInfo.InvariantCulture,
            $"counts {smallest}–{largest} ({symbol}{Threshold}) suppressed; true zeros {(ShowTrueZeros ? "shown" : "suppressed")}; " +
            $"marker '{Marker}'; secondary {Secondary}; rounding {(RoundingBase == 1 ? "none" : $"to base {RoundingBase} ({RoundingRule})")}");
    }

    /// <summary>
    /// The footnote to print under any output of this policy: the standard PHS wording, the marker, and what blank and
    /// 0 mean (suppressed, zero and missing are different things).
    /// </summary>
    public string Footnote => DisclosureMessages.Footnote(Marker, QualifierColumns, RoundingBase > 1);
}
