using AnalysisKit.Extracts;
using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Samples;

public sealed class SampleExtractsTests
{
    private static string DataSamples => RepoPaths.InRepo("data-samples");

    [Fact]
    public void LoadPrescribing_CommittedSample_EveryRowLoadsWithIntegerCounts()
    {
        var extract = SampleExtracts.LoadPrescribing(DataSamples);

        // Independent count: data lines in the file, read without the loader.
        var lines = File.ReadLines(Path.Combine(DataSamples, "extracts", "prescribing-monthly.csv")).Skip(1).Count(l => l.Length > 0);
        Assert.Equal(lines, extract.Data.Rows.Count);
        Assert.Equal(0, extract.Quarantine.Rows.Count);
        Assert.DoesNotContain(extract.Problems, p => p.IsError);
        Assert.Equal(typeof(long), extract.Data.Columns["AntibacterialItems"].DataType);
    }

    [Fact]
    public void LoadActivity_OptedOutPractice_ValuesAreMissingWithTheirReasonNotZero()
    {
        var extract = SampleExtracts.LoadActivity(DataSamples);
        var practices = extract.Data.Columns["PracticeCode"];
        var optedOutRows = Enumerable.Range(0, (int)extract.Data.Rows.Count)
            .Where(r => (string?)practices[r] == SamplePlantedSignals.OptedOutPracticeCode).ToList();

        Assert.NotEmpty(optedOutRows);
        Assert.All(optedOutRows, r =>
        {
            Assert.Null(extract.Data.Columns["Referrals"][r]);
            Assert.Equal(MissingReason.NotAvailable, extract.Reason("Referrals", r));
        });
    }

    [Fact]
    public void Measures_Registers_AreTheFourRegisterColumnsInFileOrder()
    {
        Assert.Equal(["DiabetesRegister", "CopdRegister", "AsthmaRegister", "HypertensionRegister"],
            SampleExtracts.Measures(SampleExtracts.Registers));
    }
}
