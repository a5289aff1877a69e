using AnalysisKit.Indicators;

namespace AnalysisKit.Tests.Indicators;

/// <summary>What PheSii refuses (as PHEindicatormethods' phe_sii does, or where a draw would be undefined) and the messages.</summary>
public class PheSiiValidationTests
{
    private static List<PheSiiQuantile> Deciles(int count = 10) =>
        Enumerable.Range(1, count).Select(i => new PheSiiQuantile(i, 1000 + 10 * i, 70 + i, StandardError: 1.5)).ToList();

    private static string Refused(IReadOnlyList<PheSiiQuantile> quantiles, PheSiiOptions? options = null) =>
        Assert.ThrowsAny<ArgumentException>(() => PheSii.Calculate(quantiles, options)).Message;

    [Fact]
    public void FewerThanFiveQuantiles_IsRefused() =>
        Assert.StartsWith("quantiles has 4 rows; PHE's SII needs between 5 and 100 quantiles (one row each).", Refused(Deciles(4)));

    [Fact]
    public void MoreThanTenQuantiles_Warns() =>
        Assert.Equal("20 quantiles: small values can make the SII unstable when using a large number of quantiles " +
                     "(PHEindicatormethods' warning above 10).",
            Assert.Single(PheSii.Calculate(Deciles(20), new PheSiiOptions(Repetitions: 1000)).Warnings));

    [Fact]
    public void RepeatedQuantile_IsRefused() =>
        Assert.StartsWith("quantiles has more than one row for quantile 3; give one row per quantile.",
            Refused(Deciles().Append(Deciles()[2]).ToList()));

    [Fact]
    public void TransformOfNormalValues_IsRefused() =>
        Assert.StartsWith("Transform is for rates and proportions only (PHEindicatormethods: value_type should be 1 or 2 " +
                          "when transform is true).", Refused(Deciles(), new PheSiiOptions(Transform: true)));

    [Fact]
    public void TransformWithStandardErrors_IsRefused()
    {
        var rates = Enumerable.Range(1, 5).Select(i => new PheSiiQuantile(i, 1000, 5 + i, StandardError: 0.1)).ToList();
        Assert.StartsWith("With Transform, give every quantile's lower and upper 95% limits and no standard errors (they are " +
                          "taken on the log or logit scale).",
            Refused(rates, new PheSiiOptions(PheSiiValueType.Rate, Transform: true)));
    }

    [Fact]
    public void ZeroMultiplier_FewRepetitions_OrConfidenceOutsideTheRange_AreRefused()
    {
        Assert.StartsWith("Multiplier = 0 is not valid; give a finite number other than 0 (negative to invert the RII).",
            Refused(Deciles(), new PheSiiOptions(Multiplier: 0)));
        Assert.StartsWith("Repetitions = 999 is too few; PHE's SII needs 1000 or more (its default is 100,000).",
            Refused(Deciles(), new PheSiiOptions(Repetitions: 999)));
        Assert.StartsWith("confidence = 0.8 is not available for the SII; give levels from 0.9 up to, not including, 1 (or 90 to 100).",
            Refused(Deciles(), new PheSiiOptions(Confidence: 80)));
    }

    [Fact]
    public void MissingValuesOrSpread_AreRefusedSayingWhatToGive()
    {
        Assert.StartsWith("Give every quantile a Value.",
            Refused(Deciles().Select((q, i) => i == 4 ? q with { Value = null } : q).ToList()));
        Assert.StartsWith("Give every quantile a Value, or (for proportions) every quantile a Count and no Value.",
            Refused(Deciles().Select(q => q with { Value = null }).ToList(), new PheSiiOptions(PheSiiValueType.Proportion)));
        Assert.StartsWith("Give every quantile a StandardError, or every quantile both a LowerLimit and an UpperLimit.",
            Refused(Deciles().Select((q, i) => i == 0 ? q with { StandardError = null } : q).ToList()));
    }

    [Fact]
    public void InvalidValues_ErrorNamesTheQuantileAndWhatIsExpected()
    {
        Assert.StartsWith("quantiles, quantile 2: population = 0 is not valid; it must be a finite number > 0.",
            Refused(Deciles().Select(q => q.Quantile == 2 ? q with { Population = 0 } : q).ToList()));
        Assert.StartsWith("quantiles, quantile 5: standard error = -1 is not valid; it must be a finite number ≥ 0.",
            Refused(Deciles().Select(q => q.Quantile == 5 ? q with { StandardError = -1 } : q).ToList()));
        var proportions = Enumerable.Range(1, 5).Select(i => new PheSiiQuantile(i, 1000, i == 3 ? 0 : 0.1 * i, LowerLimit: 0.01, UpperLimit: 0.9)).ToList();
        Assert.StartsWith("quantiles, quantile 3: value = 0 is not valid; it must be a proportion strictly between 0 and 1 " +
                          "(it is drawn on the logit scale).", Refused(proportions, new PheSiiOptions(PheSiiValueType.Proportion)));
    }
}
