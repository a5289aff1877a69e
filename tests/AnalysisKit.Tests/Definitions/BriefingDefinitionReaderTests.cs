using AnalysisKit.Definitions;
using AnalysisKit.Extracts;
using AnalysisKit.Indicators;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Definitions;

/// <summary>
/// Reading briefing definition files: the sample reads, and each kind of mistake is refused with a message naming the
/// file, the JSON path, the value and what is allowed (asserted as text).
/// </summary>
public class BriefingDefinitionReaderTests
{
    private static string Refused(DefinitionFolder folder, string json)
    {
        var path = folder.Write(json);
        var error = Assert.Throws<DefinitionException>(() => BriefingDefinitionReader.Read(path));
        Assert.Equal(path, error.File);
        return error.Message.Replace(path, "briefing.json", StringComparison.Ordinal);
    }

    private static string Indicator(string replace, string with) => DefinitionFolder.Hypertension.Replace(replace, with, StringComparison.Ordinal);

    [Fact]
    public void Read_Sample_SixIndicatorsHeadlineAntibacterialsPathsResolvedAgainstItsFolder()
    {
        var definition = BriefingDefinition.Load(RepoPaths.InRepo("data-samples/briefing.json"));

        Assert.Equal(["anticholinergic", "antibacterials", "high-risk", "referrals", "ae-attendances", "emergency-admissions"], definition.Indicators.Select(i => i.Name));
        Assert.Equal("antibacterials", definition.HeadlineIndicator.Name);
        Assert.Equal([AreaLevel.Hscp, AreaLevel.Board, AreaLevel.Scotland], definition.Comparators);
        Assert.Equal((AreaLevel.Cluster, "GPC082"), (definition.AreaLevel, definition.AreaCode));
        Assert.Equal(RepoPaths.InRepo("data-samples/extracts/prescribing-monthly.csv"), definition.Indicators[1].File);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)), (definition.Period.From, definition.Period.To, definition.Period.End));
        Assert.Equal(new DenominatorDefinition(DenominatorKind.PatientYearsColumn, "ListSize"), definition.Indicators[1].Denominator);
        Assert.Equal((MeasureMethod.CrudeRate, 1000.0, Polarity.LowerIsBetter), (definition.Indicators[1].Method, definition.Indicators[1].Multiplier, definition.Indicators[1].Polarity));
        // The sample states its production date (no clock is read) and that its data are synthetic.
        Assert.Equal((new DateOnly(2026, 1, 15), true), (definition.Produced, definition.Synthetic));
    }

    [Fact]
    public void Read_TheReadmesDefinition_ReadAsItSays()
    {
        // The README's first jsonc block is a whole definition over the sample files (its paths made absolute here).
        var readme = File.ReadAllText(RepoPaths.InRepo("README.md"));
        var section = readme[readme.IndexOf("## A briefing is a definition file", StringComparison.Ordinal)..];
        var start = section.IndexOf("```jsonc\n", StringComparison.Ordinal) + "```jsonc\n".Length;
        var block = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        var samples = RepoPaths.InRepo("data-samples").Replace("\\", "/", StringComparison.Ordinal);
        using var folder = new DefinitionFolder();

        var definition = BriefingDefinitionReader.Read(folder.Write(block
            .Replace("\"geography/", $"\"{samples}/geography/", StringComparison.Ordinal)
            .Replace("\"extracts/", $"\"{samples}/extracts/", StringComparison.Ordinal)));

        var indicator = definition.Indicators.Single();
        Assert.Equal(("antibacterials", "antibacterials"), (indicator.Name, definition.HeadlineIndicator.Name));
        Assert.Equal((AreaLevel.Cluster, "GPC082"), (definition.AreaLevel, definition.AreaCode));
        Assert.Equal([AreaLevel.Hscp, AreaLevel.Board, AreaLevel.Scotland], definition.Comparators);
        Assert.Equal((MeasureMethod.CrudeRate, 1000.0, Polarity.LowerIsBetter), (indicator.Method, indicator.Multiplier, indicator.Polarity));
    }

    [Fact]
    public void Read_CommentsTrailingCommasExpressionsAndMarkers_Read()
    {
        using var folder = new DefinitionFolder();
        var json = DefinitionFolder.Definition(
            Indicator("\"numerator\": \"hypreg\"", "\"numerator\": { \"sum\": [\"hypreg\", \"dmreg\"], \"where\": { \"BNFItemCode\": { \"prefix\": \"05\", \"exclude\": [\"0502\"] } } }")
            + ", \"markers\": { \"-\": \"suppressed\" }, /* a comment */",
            "\"produced\": \"2026-01-15\", // the date printed\n\"contact\": \"LIST\",");

        var definition = BriefingDefinitionReader.Read(folder.Write(json));

        var indicator = definition.Indicators.Single();
        Assert.Equal(["hypreg", "dmreg"], indicator.Numerator.Columns);
        Assert.Equal(new ColumnFilter("BNFItemCode", ["05"], [], ["0502"]) { }, indicator.Numerator.Filters.Single(), new FilterComparer());
        Assert.Equal(MissingReason.Suppressed, indicator.Markers["-"]);
        Assert.Equal((new DateOnly(2026, 1, 15), "LIST"), (definition.Produced, definition.Contact));
        Assert.Equal("hypreg + dmreg where BNFItemCode starts with 05, not starting with 0502", indicator.Numerator.Describe());
    }

    [Fact]
    public void Read_UnknownColumn_ListsTheFilesColumns()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].numerator: no column \"hypregg\" in qof.csv; the file's columns are: practice, pop, hypreg, dmreg, BNFItemCode.",
            Refused(folder, DefinitionFolder.Definition(Indicator("\"hypreg\"", "\"hypregg\""))));
    }

    [Fact]
    public void Read_UnknownFilterColumn_NamesTheWherePath()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].numerator.where.BNFCode: no column \"BNFCode\" in qof.csv; the file's columns are: practice, pop, hypreg, dmreg, BNFItemCode.",
            Refused(folder, DefinitionFolder.Definition(Indicator("\"numerator\": \"hypreg\"", "\"numerator\": { \"sum\": \"hypreg\", \"where\": { \"BNFCode\": { \"prefix\": [\"0501\"] } } }"))));
    }

    [Fact]
    public void Read_UnknownMethod_ListsTheMethods()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].method: \"rate\" is not allowed; expected one of crude-rate, proportion-wilson, dsr-esp2013, isr, ratio.",
            Refused(folder, DefinitionFolder.Definition(Indicator("\"proportion-wilson\"", "\"rate\""))));
    }

    [Fact]
    public void Read_PolarityMissing_SaysWhichAreAllowed()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].polarity: missing; expected one of higher-is-better, lower-is-better, neither.",
            Refused(folder, DefinitionFolder.Definition(Indicator(", \"polarity\": \"neither\"", ""))));
    }

    [Fact]
    public void Read_DenominatorMissing_ListsTheForms()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].denominator: missing; expected " + DefinitionMessages.DenominatorForms + ".",
            Refused(folder, DefinitionFolder.Definition(Indicator("\"denominator\": \"pop\", ", ""))));
    }

    [Fact]
    public void Read_DenominatorZero_RefusedWithTheValue()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].denominator: 0 is not allowed; expected " + DefinitionMessages.DenominatorForms + ".",
            Refused(folder, DefinitionFolder.Definition(Indicator("\"denominator\": \"pop\"", "\"denominator\": 0"))));
    }

    [Fact]
    public void Read_UnitMissing_Refused()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].unit: missing; expected the unit in words, e.g. \"%\" or \"per 1,000 patient-years\".",
            Refused(folder, DefinitionFolder.Definition(Indicator(", \"unit\": \"%\"", ""))));
    }

    [Fact]
    public void Read_MultiplierZero_Refused()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].multiplier: 0 is not allowed; expected a number > 0, e.g. 100 or 1000.",
            Refused(folder, DefinitionFolder.Definition(Indicator("\"multiplier\": 100", "\"multiplier\": 0"))));
    }

    [Fact]
    public void Read_OverlappingIndicatorNames_NamesBothPaths()
    {
        using var folder = new DefinitionFolder();
        var second = Indicator("\"name\": \"hypertension\"", "\"name\": \"Hypertension\"").Replace("Hypertension register", "Hypertension again", StringComparison.Ordinal);
        Assert.Equal("briefing.json: $.indicators[1].name: name \"Hypertension\" is already used by $.indicators[0]; expected each indicator's name and label to be unique (names ignoring case).",
            Refused(folder, DefinitionFolder.Definition(DefinitionFolder.Hypertension + " }, { " + second)));
    }

    [Fact]
    public void Read_SameLabelTwice_Refused()
    {
        using var folder = new DefinitionFolder();
        var second = Indicator("\"name\": \"hypertension\"", "\"name\": \"diabetes\"");
        Assert.Equal("briefing.json: $.indicators[1].label: label \"Hypertension register\" is already used by $.indicators[0]; expected each indicator's name and label to be unique (names ignoring case).",
            Refused(folder, DefinitionFolder.Definition(DefinitionFolder.Hypertension + " }, { " + second)));
    }

    [Fact]
    public void Read_UnknownComparatorLevel_ListsTheGeographysLevels()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.comparators[1]: level \"region\" is not in a akit-lookup geography; expected one of cluster, hscp, board, scotland.",
            Refused(folder, DefinitionFolder.Definition(top: "\"comparators\": [\"hscp\", \"region\"],")));
    }

    [Fact]
    public void Read_ChpWithAnAkitLookup_Refused()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.area.level: level \"chp\" is not in a akit-lookup geography; expected one of cluster, hscp, board.",
            Refused(folder, DefinitionFolder.Definition(top: "\"area\": { \"level\": \"chp\" },")));
    }

    [Fact]
    public void Read_UnknownProperty_ListsTheProperties()
    {
        using var folder = new DefinitionFolder();
        var message = Refused(folder, DefinitionFolder.Definition(DefinitionFolder.Hypertension + ", \"numerater\": \"x\""));
        Assert.StartsWith("briefing.json: $.indicators[0].numerater: unknown property 'numerater'; expected one of name, label, file, sheet, headerRow, practice, month, numerator, denominator, method,", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownHeadline_ListsTheIndicators()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.headline: \"diabetes\" is not an indicator; expected one of hypertension.",
            Refused(folder, DefinitionFolder.Definition().Replace("\"headline\": \"hypertension\"", "\"headline\": \"diabetes\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_DataFileMissing_SaysWhereItLooked()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal($"briefing.json: $.indicators[0].file: no file \"qof2.csv\" (looked for {folder.File("qof2.csv")}); paths are relative to the definition file's folder.",
            Refused(folder, DefinitionFolder.Definition(Indicator("qof.csv", "qof2.csv"))));
    }

    [Fact]
    public void Read_NotJson_GivesLineAndPosition()
    {
        using var folder = new DefinitionFolder();
        var message = Refused(folder, "{\n  \"title\": \"x\"\n  \"period\": {}\n}");
        Assert.StartsWith("briefing.json: line 3, position 3: not valid JSON (", message, StringComparison.Ordinal);
        Assert.EndsWith("); comments (// and /* */) and trailing commas are allowed.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PeriodBackwards_Refused()
    {
        using var folder = new DefinitionFolder();
        var json = DefinitionFolder.Definition().Replace("\"period\": { \"label\": \"2025\", \"end\": \"2025-12-31\" }", "\"period\": { \"from\": \"2025-12\", \"to\": \"2025-01\" }", StringComparison.Ordinal);
        Assert.Equal("briefing.json: $.period: from \"2025-12\" is after to \"2025-01\"; expected the first month not after the last.", Refused(folder, json));
    }

    [Fact]
    public void Read_WilsonOverPatientYears_Refused()
    {
        using var folder = new DefinitionFolder("practice,Month,ListSize,hypreg\n70001,202501,3500,500\n");
        var json = DefinitionFolder.Definition(Indicator("\"denominator\": \"pop\"", "\"month\": \"Month\", \"denominator\": { \"patientYears\": \"ListSize\" }"))
            .Replace("\"period\": { \"label\": \"2025\", \"end\": \"2025-12-31\" }", "\"period\": { \"from\": \"2025-01\", \"to\": \"2025-12\" }", StringComparison.Ordinal);
        Assert.Equal("briefing.json: $.indicators[0].method: method \"proportion-wilson\" needs a denominator of people or events (a population column, list size or counted events), not patient-years or an age-sex population.",
            Refused(folder, json));
    }

    [Fact]
    public void Read_DsrWithoutAgeBand_Refused()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].method: method \"dsr-esp2013\" needs an \"ageBand\" column giving each row's age band.",
            Refused(folder, DefinitionFolder.Definition(Indicator("\"proportion-wilson\"", "\"dsr-esp2013\"").Replace("\"denominator\": \"pop\"", "\"denominator\": { \"population\": \"age-sex\" }", StringComparison.Ordinal))));
    }

    [Fact]
    public void Read_PatientYearsWithoutMonths_Refused()
    {
        using var folder = new DefinitionFolder();
        Assert.Equal("briefing.json: $.indicators[0].denominator: patient-years need months; expected a \"month\" column on the indicator and \"from\"/\"to\" in $.period.",
            Refused(folder, DefinitionFolder.Definition(Indicator("\"proportion-wilson\"", "\"crude-rate\"").Replace("\"denominator\": \"pop\"", "\"denominator\": { \"population\": \"patient-years\" }", StringComparison.Ordinal))));
    }

    [Fact]
    public void Read_MissingFile_Refused()
    {
        var error = Assert.Throws<DefinitionException>(() => BriefingDefinitionReader.Read("/nowhere/briefing.json"));
        Assert.Equal("The briefing definition file '/nowhere/briefing.json' does not exist.", error.Message);
    }

    private sealed class FilterComparer : IEqualityComparer<ColumnFilter>
    {
        public bool Equals(ColumnFilter? x, ColumnFilter? y) =>
            x!.Column == y!.Column && x.Prefixes.SequenceEqual(y.Prefixes) && x.Codes.SequenceEqual(y.Codes) && x.Exclude.SequenceEqual(y.Exclude);

        public int GetHashCode(ColumnFilter obj) => obj.Column.GetHashCode(StringComparison.Ordinal);
    }
}
