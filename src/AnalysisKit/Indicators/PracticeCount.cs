namespace AnalysisKit.Indicators;

/// <summary>One practice's numerator and denominator for an indicator, the unit that is summed up the hierarchy.</summary>
/// <param name="PracticeCode">The PHS practice code (e.g. "10002").</param>
/// <param name="Numerator">Events or cases, ≥ 0.</param>
/// <param name="Denominator">Population or list size, ≥ 0.</param>
public readonly record struct PracticeCount(string PracticeCode, double Numerator, double Denominator);
