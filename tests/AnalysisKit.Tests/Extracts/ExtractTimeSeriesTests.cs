using AnalysisKit.Extracts;
using static AnalysisKit.Tests.Extracts.ExtractTestData;

namespace AnalysisKit.Tests.Extracts;

public sealed class ExtractTimeSeriesTests
{
    [Fact]
    public void ToDeedle_MonthsByPractice_SuppressedAndAbsentAreMissing()
    {
        var extract = LoadText("practice,month,items,cost\n10017,2024-02,*,1\n10002,2024-01,3,1\n10002,2024-02,0,1\n10017,2024-01,9,1\n10002,2024-03,4,1\n", Monthly);
        var frame = ExtractTimeSeries.ToDeedle(extract, "items");
        Assert.Equal(["10002", "10017"], frame.ColumnKeys);
        Assert.Equal([new DateTime(2024, 1, 1), new DateTime(2024, 2, 1), new DateTime(2024, 3, 1)], frame.RowKeys);
        var practice = frame.GetColumn<double>("10017");
        Assert.Equal(9.0, practice[new DateTime(2024, 1, 1)]);
        Assert.False(practice.TryGet(new DateTime(2024, 2, 1)).HasValue);
        Assert.False(practice.TryGet(new DateTime(2024, 3, 1)).HasValue);
        Assert.Equal(0.0, frame.GetColumn<double>("10002")[new DateTime(2024, 2, 1)]);
        Assert.Equal(MissingReason.Suppressed, extract.Reason("items", 0));
    }

    [Fact]
    public void ToDeedle_TextColumn_Refused()
    {
        var extract = LoadText("practice,month,items,cost\n10002,2024-01,3,1\n", Monthly);
        var e = Assert.Throws<ArgumentException>(() => ExtractTimeSeries.ToDeedle(extract, "practice"));
        Assert.StartsWith("'practice' is not a Count or Number column; a time series needs numbers.", e.Message, StringComparison.Ordinal);
    }
}
