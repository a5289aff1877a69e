using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

public sealed class SuppressionPolicyFileTests
{
    private const string Valid = """
        { "name": "open-data-under-10", "threshold": 10, "comparison": "LessThan", "showTrueZeros": true, "marker": "c",
          "qualifierColumns": true, "roundingBase": 5, "roundingRule": "HalfUp", "keepStandardisedRates": false,
          "secondary": "Complete" }
        """;

    [Fact]
    public void Parse_ValidFile_GivesEveryProperty()
    {
        var policy = SuppressionPolicyFile.Parse(Valid, "policy.json");

        Assert.Equal("open-data-under-10", policy.Name);
        Assert.Equal(10, policy.Threshold);
        Assert.Equal("c", policy.Marker);
        Assert.True(policy.QualifierColumns);
        Assert.Equal(5, policy.RoundingBase);
        Assert.False(policy.KeepStandardisedRates);
        Assert.Equal(SuppressionPolicy.DefaultReviewBelow, policy.ReviewBelow);
    }

    [Fact]
    public void Parse_UnknownProperty_IsRefusedNamingTheFile()
    {
        var e = Assert.Throws<ArgumentException>(() => SuppressionPolicyFile.Parse(Valid.Replace("\"marker\"", "\"markr\""), "policy.json"));
        Assert.StartsWith("Suppression policy file 'policy.json' is not valid: ", e.Message);
        Assert.Contains("markr", e.Message);
    }

    [Fact]
    public void Parse_BadMarker_IsRefusedWithTheRule()
    {
        var e = Assert.Throws<ArgumentException>(() => SuppressionPolicyFile.Parse(Valid.Replace("\"c\"", "\"x\""), "p.json"));
        Assert.StartsWith("Suppression policy file 'p.json' is not valid: Suppression marker 'x' is not allowed", e.Message);
    }

    [Fact]
    public void Parse_KeepStandardisedRatesWithoutReason_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => SuppressionPolicyFile.Parse(Valid.Replace("\"keepStandardisedRates\": false", "\"keepStandardisedRates\": true"), "p.json"));
        Assert.Equal("Suppression policy file 'p.json' is not valid: " + DisclosureMessages.KeepRatesNeedsReason("open-data-under-10") + " (Parameter 'keepStandardisedRatesReason')", e.Message);
    }

    [Fact]
    public void Parse_KeepStandardisedRatesWithReason_KeepsThemAndTheReason()
    {
        var policy = SuppressionPolicyFile.Parse(
            Valid.Replace("\"keepStandardisedRates\": false", "\"keepStandardisedRates\": true, \"keepStandardisedRatesReason\": \"ScotPHO EASR\""), "p.json");

        Assert.True(policy.KeepStandardisedRates);
        Assert.Equal("ScotPHO EASR", policy.KeepStandardisedRatesReason);
    }

    [Fact]
    public void Resolve_PresetName_GivesThePreset() =>
        Assert.Same(SuppressionPolicy.Under10, SuppressionPolicyFile.Resolve("under-10"));

    [Fact]
    public void Resolve_UnknownName_ListsThePresets()
    {
        var e = Assert.Throws<ArgumentException>(() => SuppressionPolicyFile.Resolve("under-7"));
        Assert.StartsWith("Suppression policy 'under-7' is neither a preset (phs-practice-under-5, sdcshinyapp-10, under-10) nor an existing .json file.", e.Message);
    }
}
