namespace AnalysisKit.Geography;

/// <summary>Placeholder: SIMD quintiles from data zones are added in Part B.</summary>
public static class SimdLookup
{
    /// <summary>Not yet.</summary>
    public static PracticeLookup AddQuintiles(PracticeLookup lookup, string lookupPath, string simdPath) => throw new NotSupportedException(simdPath);
}
