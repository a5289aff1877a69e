using AnalysisKit.Variation;

namespace AnalysisKit.Tests.Variation;

public class RoundHalfUpTests
{
    [Fact]
    public void Round_ReproducesPhsmethodsRoundHalfUp()
    {
        foreach (var row in VariationTestData.Read("round_half_up.csv").Rows)
        {
            var x = row.Double("x");
            var digits = (int)row.Double("digits");
            Assert.Equal(row.Double("round_half_up"), RoundHalfUp.Round(x, digits));
        }
    }
}
