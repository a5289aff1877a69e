namespace AnalysisKit.Samples;

/// <summary>
/// How the generator draws one measure: a Scotland-wide rate for the average practice, relative rates for children
/// (0–14), adults (15–64) and older people (65+), a multiplier for each SIMD quintile (1 = most deprived), the spread
/// of practice-level variation (log scale), and the amplitude of a winter peak. Rates are invented but of realistic size.
/// </summary>
/// <param name="Column">Column name in the extract.</param>
/// <param name="RatePer1000">Mean count per 1,000 patients: per month for monthly measures, on the register for registers.</param>
/// <param name="Child">Relative rate for ages 0–14.</param>
/// <param name="Adult">Relative rate for ages 15–64.</param>
/// <param name="Older">Relative rate for ages 65+.</param>
/// <param name="Deprivation">Multiplier for SIMD quintiles 1 … 5.</param>
/// <param name="PracticeSpread">Standard deviation of the practice effect on the log scale.</param>
/// <param name="Winter">Amplitude of the seasonal cosine, peaking in January (0 = none).</param>
/// <param name="DriftPerQuarter">Registers only: relative growth per quarter.</param>
internal sealed record SampleMeasure(
    string Column, double RatePer1000, double Child, double Adult, double Older, double[] Deprivation, double PracticeSpread, double Winter,
    double DriftPerQuarter = 0)
{
    internal static IReadOnlyList<SampleMeasure> Prescribing { get; } =
    [
        new("AnticholinergicItems", 25, 0.1, 1.0, 4.0, [1.25, 1.12, 1.0, 0.92, 0.85], 0.15, 0),
        new("AntibacterialItems", 65, 1.3, 0.9, 1.4, [1.15, 1.07, 1.0, 0.95, 0.90], 0.12, 0.18),
        new("HighRiskItems", 20, 0.02, 0.7, 4.0, [1.15, 1.07, 1.0, 0.95, 0.90], 0.15, 0),
    ];

    internal static IReadOnlyList<SampleMeasure> Activity { get; } =
    [
        new("Referrals", 18, 0.6, 1.0, 1.6, [1.05, 1.02, 1.0, 0.98, 0.97], 0.20, 0),
        new("AeAttendances", 24, 1.3, 0.9, 1.3, [1.45, 1.20, 1.0, 0.88, 0.78], 0.15, 0.06),
        new("EmergencyAdmissions", 9, 0.5, 0.6, 2.8, [1.40, 1.18, 1.0, 0.90, 0.80], 0.12, 0.08),
    ];

    internal static IReadOnlyList<SampleMeasure> Registers { get; } =
    [
        new("DiabetesRegister", 60, 0.05, 0.8, 2.3, [1.30, 1.15, 1.0, 0.90, 0.80], 0.10, 0, 0.006),
        new("CopdRegister", 23, 0.0, 0.6, 3.2, [1.90, 1.40, 1.0, 0.75, 0.55], 0.15, 0, 0.0),
        new("AsthmaRegister", 65, 0.7, 1.05, 1.0, [1.15, 1.07, 1.0, 0.95, 0.90], 0.10, 0, 0.002),
        new("HypertensionRegister", 140, 0.0, 0.85, 3.6, [1.15, 1.07, 1.0, 0.95, 0.90], 0.10, 0, 0.003),
    ];
}
