using AnalysisKit.Extracts;
using FsCheck;
using FsCheck.Fluent;
using static AnalysisKit.Tests.Extracts.ExtractTestData;

namespace AnalysisKit.Tests.Extracts;

public sealed class ExtractMarkersTests
{
    [Theory]
    [InlineData("*", MissingReason.Suppressed)]
    [InlineData("c", MissingReason.Suppressed)]
    [InlineData("[c]", MissingReason.Suppressed)]
    [InlineData(":", MissingReason.NotAvailable)]
    [InlineData("X", MissingReason.NotAvailable)]
    [InlineData("..", MissingReason.NotAvailable)]
    [InlineData("-", MissingReason.NotApplicable)]
    [InlineData("z", MissingReason.NotApplicable)]
    [InlineData("", MissingReason.Blank)]
    [InlineData("0", MissingReason.Present)]
    [InlineData("-0", MissingReason.Present)]
    [InlineData("cc", MissingReason.Present)]
    public void OfCell_Marker_GivesItsReason(string text, MissingReason expected) =>
        Assert.Equal(expected, ExtractMarkers.OfCell(text));

    [Theory]
    [InlineData("c", MissingReason.Suppressed)]
    [InlineData(":", MissingReason.NotAvailable)]
    [InlineData("z", MissingReason.NotApplicable)]
    [InlineData("d", MissingReason.Present)]
    [InlineData("p", MissingReason.Present)]
    [InlineData("", MissingReason.Present)]
    public void OfQualifier_PhsFlag_GivesItsReason(string flag, MissingReason expected) =>
        Assert.Equal(expected, ExtractMarkers.OfQualifier(flag));

    [Fact]
    public void Load_AnyCountWrittenInvariantly_RoundTripsExactly()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(ArbMap.Default.ArbFor<long>(), count =>
        {
            var value = count == long.MinValue ? 0 : Math.Abs(count);
            var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var extract = LoadText($"practice,month,items,cost\n10002,2024-01,{text},1\n", Monthly);
            return (long?)extract.Data.Columns["items"][0] == value && extract.Reason("items", 0) == MissingReason.Present;
        }));
    }
}
