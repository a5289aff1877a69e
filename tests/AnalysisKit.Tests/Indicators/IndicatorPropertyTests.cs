using AnalysisKit.Indicators;
using FsCheck;
using FsCheck.Fluent;

namespace AnalysisKit.Tests.Indicators;

/// <summary>Identities the methods must satisfy for any valid input, checked on random counts.</summary>
public class IndicatorPropertyTests
{
    private static readonly Arbitrary<(int X, int N)> Proportions =
        (from n in Gen.Choose(1, 1_000_000)
         from x in Gen.Choose(0, n)
         select (x, n)).ToArbitrary();

    [Fact]
    public void Wilson_LimitsBracketTheProportionAndStayNearZeroToOne() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Proportions, p =>
        {
            var result = Proportion.Wilson(p.X, p.N, (0.95, 0.998));
            var inner = result.Interval(0.95);
            var outer = result.Interval(0.998);
            return inner.Lower <= result.Value + 1e-15 && result.Value <= inner.Upper + 1e-15
                   && outer.Lower <= inner.Lower + 1e-15 && inner.Upper <= outer.Upper + 1e-15
                   && inner.Lower >= 0 && outer.Upper <= 1 + 1e-15;
        }));

    [Fact]
    public void Dobson_WithOneBand_IsTheCrudeRateWithByarLimits() =>
        // With one band, DSR = x/n and √(var/O) = 1/n, so the Dobson limits are Byar(x)/n: the crude rate's limits
        // from 10 events.
        Check.QuickThrowOnFailure(Prop.ForAll(Proportions, p =>
        {
            var events = Math.Max(p.X, 10) % 5000 + 10;
            var population = p.N + 10_000.0;
            var standard = new StandardPopulation("one band", ["all"], [1]);
            var dsr = DirectlyStandardisedRate.Dobson([new AgeBandCount("all", events, population)], standard);
            var crude = CrudeRate.Calculate(events, population);
            return Near(crude.Value, dsr.Value) && Near(crude.Lower, dsr.Lower) && Near(crude.Upper, dsr.Upper);
        }));

    [Fact]
    public void Dobson_SameRateInEveryBand_IsThatRate() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.Choose(1, 1000).ToArbitrary(), perThousand =>
        {
            var counts = StandardPopulation.European2013.Bands
                .Select((band, i) => new AgeBandCount(band, perThousand * (i + 1), 1000.0 * (i + 1)));
            return Near(perThousand * 100.0, DirectlyStandardisedRate.Dobson(counts).Value);
        }));

    [Fact]
    public void IndirectRatio_AgainstItsOwnRates_IsOne() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Proportions, p =>
        {
            AgeBandCount[] local = [new("young", p.X % 500, 2000 + p.N % 1000), new("old", p.X % 300 + 1, 400 + p.N % 700)];
            var ratio = IndirectlyStandardised.Ratio(local, ReferenceRates.FromCounts(local));
            return Near(1, ratio.Value);
        }));

    [Fact]
    public void HalfUp_NeverRoundsAHalfTowardsZero() =>
        Check.QuickThrowOnFailure(Prop.ForAll(Gen.Choose(-100_000, 100_000).ToArbitrary(), n =>
        {
            var half = n + 0.5 * Math.Sign(n == 0 ? 1 : n);
            return Math.Abs(DisplayRounding.HalfUp(half)) == Math.Abs(n) + 1;
        }));

    private static bool Near(double expected, double actual) =>
        Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected));
}
