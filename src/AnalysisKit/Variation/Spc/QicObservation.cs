namespace AnalysisKit.Variation.Spc;

/// <summary>One period of a series for a qicharts2-style chart.</summary>
/// <param name="Date">The period; strictly increasing along a series.</param>
/// <param name="Value">The value (I, MR), count (C) or numerator (P, U); null when missing.</param>
/// <param name="Denominator">Denominator for P and U charts (patients, list size, bed days); null for I, MR and C.</param>
public sealed record QicObservation(DateOnly Date, double? Value, double? Denominator = null);
