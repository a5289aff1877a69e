using AnalysisKit.Extracts;

namespace AnalysisKit.Samples;

/// <summary>
/// The declared schemas of the sample extracts in <c>data-samples/extracts/</c> and loaders for them through the
/// validated extract reader (<see cref="CsvExtractReader"/>): counts load as integers, and the empty values of the
/// opted-out practice load as missing with their <c>…QF</c> reason, never as zero. The measure names are the
/// generator's own, so schema and data cannot drift apart.
/// </summary>
public static class SampleExtracts
{
    /// <summary>Monthly prescribing items (anticholinergic burden, antibacterials, high-risk medicines).</summary>
    public static ExtractSchema Prescribing { get; } = Monthly("sample prescribing, monthly", SampleMeasure.Prescribing, "items");

    /// <summary>Monthly referrals, A&amp;E attendances and emergency admissions.</summary>
    public static ExtractSchema Activity { get; } = Monthly("sample activity, monthly", SampleMeasure.Activity, "events");

    /// <summary>Quarterly disease-register counts (diabetes, COPD, asthma, hypertension).</summary>
    public static ExtractSchema Registers { get; } = Monthly("sample disease registers, quarterly", SampleMeasure.Registers, "patients");

    /// <summary>The measure columns of a schema (its counts other than the list size), in file order.</summary>
    /// <param name="schema">One of the sample schemas.</param>
    public static IReadOnlyList<string> Measures(ExtractSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Columns.Where(c => c.Type == ExtractColumnType.Count && c.Name != "ListSize").Select(c => c.Name).ToList();
    }

    /// <summary>The schema of a sample extract file, chosen by its file name.</summary>
    /// <param name="path">A path ending in one of the generator's extract file names.</param>
    /// <exception cref="ArgumentException">The file name is not one of the sample extracts.</exception>
    public static ExtractSchema ForFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        return name switch
        {
            _ when name == Path.GetFileName(SampleDataGenerator.Files[2]) => Prescribing,
            _ when name == Path.GetFileName(SampleDataGenerator.Files[3]) => Activity,
            _ when name == Path.GetFileName(SampleDataGenerator.Files[4]) => Registers,
            _ => throw new ArgumentException(
                $"'{path}' is not a sample extract: expected one of {string.Join(", ", SampleDataGenerator.Files.Skip(2).Select(Path.GetFileName))}.",
                nameof(path)),
        };
    }

    /// <summary>Loads <c>extracts/prescribing-monthly.csv</c> from a data-samples folder.</summary>
    /// <param name="dataSamplesFolder">The folder <c>akit samples generate</c> wrote (e.g. <c>data-samples</c>).</param>
    public static Extract LoadPrescribing(string dataSamplesFolder) => Load(dataSamplesFolder, SampleDataGenerator.Files[2], Prescribing);

    /// <summary>Loads <c>extracts/activity-monthly.csv</c> from a data-samples folder.</summary>
    /// <param name="dataSamplesFolder">The folder <c>akit samples generate</c> wrote.</param>
    public static Extract LoadActivity(string dataSamplesFolder) => Load(dataSamplesFolder, SampleDataGenerator.Files[3], Activity);

    /// <summary>Loads <c>extracts/registers-quarterly.csv</c> from a data-samples folder.</summary>
    /// <param name="dataSamplesFolder">The folder <c>akit samples generate</c> wrote.</param>
    public static Extract LoadRegisters(string dataSamplesFolder) => Load(dataSamplesFolder, SampleDataGenerator.Files[4], Registers);

    private static Extract Load(string folder, string relativePath, ExtractSchema schema)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return CsvExtractReader.Load(Path.Combine(folder, relativePath), schema);
    }

    private static ExtractSchema Monthly(string name, IReadOnlyList<SampleMeasure> measures, string units)
    {
        IEnumerable<ExtractColumn> columns =
        [
            ExtractColumn.Month("Month"), ExtractColumn.Code("PracticeCode"), ExtractColumn.Code("HB"),
            ExtractColumn.Code("HSCP"), ExtractColumn.Code("GPCluster", required: false),
            ExtractColumn.Count("ListSize", "patients", required: true),
            .. measures.Select(m => ExtractColumn.Count(m.Column, units)),
        ];
        return new ExtractSchema(name, columns) { Key = ["Month", "PracticeCode"], Practice = "PracticeCode", Period = "Month" };
    }
}
