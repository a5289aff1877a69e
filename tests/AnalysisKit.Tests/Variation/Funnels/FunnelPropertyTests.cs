using AnalysisKit.Variation.Funnels;
using FsCheck;
using FsCheck.Fluent;

namespace AnalysisKit.Tests.Variation.Funnels;

public class FunnelPropertyTests
{
    [Fact]
    public void ProportionLimit_AnyAverageAndPopulation_BracketsTheAverageAnd3sWiderThan2s()
    {
        Check.QuickThrowOnFailure(Prop.ForAll<int, int>((a, n) =>
        {
            var average = (Math.Abs(a % 999) + 1) / 1000.0;          // 0.001 … 0.999
            var population = Math.Abs(n % 100_000) + 1.0;               // 1 … 100,000
            var l2 = PheFunnel.ProportionLimit(PheFunnel.TwoSigmaProbability, population, average, false, 1);
            var u2 = PheFunnel.ProportionLimit(PheFunnel.TwoSigmaProbability, population, average, true, 1);
            var l3 = PheFunnel.ProportionLimit(PheFunnel.ThreeSigmaProbability, population, average, false, 1);
            var u3 = PheFunnel.ProportionLimit(PheFunnel.ThreeSigmaProbability, population, average, true, 1);
            return l3 <= l2 && l2 <= average && average <= u2 && u2 <= u3;
        }));
    }

    [Fact]
    public void OverdispersedFunnel_AnyProportions_OutliersLieStrictlyOutsideTheLimitsUsed()
    {
        Check.QuickThrowOnFailure(Prop.ForAll<int[]>(seeds =>
        {
            if (seeds.Length < 3)
            {
                return true;
            }

            var units = seeds.Select((s, i) =>
            {
                var denominator = Math.Abs(s % 5000) + 20.0;
                var numerator = Math.Floor(denominator * ((Math.Abs(s / 7) % 90) + 5) / 100.0);
                return new FunnelUnit($"P{i}", numerator, denominator);
            }).ToList();
            var result = OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.Proportion);
            return result.Tau2 >= 0 && result.Units.All(u =>
            {
                var value = u.Ratio * result.Multiplier;
                var outside = value < u.Limits.Lower998 || value > u.Limits.Upper998;
                return outside == (u.Outlier998 != FunnelOutlier.None) && u.Limits.Lower998 <= u.Limits.Lower95 && u.Limits.Upper95 <= u.Limits.Upper998;
            });
        }));
    }
}
