using AnalysisKit.Extracts;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Definitions;

/// <summary>
/// An indicator's data as its definition reads it: the extract loaded through the validated readers (its own markers
/// added to the standard ones), and one <see cref="PracticeMonthValue"/> per practice and month in the period (per
/// practice in an annual extract). Load with <see cref="Load"/>.
/// </summary>
public sealed class IndicatorData
{
    private IndicatorData(IndicatorDefinition definition, Extract extract, IReadOnlyList<PracticeMonthValue> values, IReadOnlyList<(string Practice, long Row, long SecondRow)> duplicates)
    {
        Definition = definition;
        Extract = extract;
        Values = values;
        Duplicates = duplicates;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>The loaded extract.</summary>
    public Extract Extract { get; }

    /// <summary>
    /// Every practice-month with at least one row up to the period's last month (earlier months too, for the trend; use
    /// <see cref="InPeriod"/> for the period's own), in practice and month order; duplicates left out.
    /// </summary>
    public IReadOnlyList<PracticeMonthValue> Values { get; }

    /// <summary>
    /// Practices that appear on more than one row of an annual extract without filters (ISD's 2014/15 prevalence file
    /// lists two practices twice with different values): which is right cannot be told, so they are left out of every
    /// total and the briefing says so.
    /// </summary>
    public IReadOnlyList<(string Practice, long Row, long SecondRow)> Duplicates { get; }

    /// <summary>
    /// Checks a value that is about to be counted: events beside a zero denominator, or (for a proportion) a numerator
    /// above its denominator, cannot be used. Pseudo-practices (no list) are not checked, since they are never counted.
    /// </summary>
    /// <param name="definition">The indicator.</param>
    /// <param name="value">The practice-month.</param>
    /// <exception cref="IndicatorDataException">File, row, column and value.</exception>
    public static void Check(IndicatorDefinition definition, PracticeMonthValue value)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Numerator is not { } n || value.Denominator is not { } d)
        {
            return;
        }

        var column = definition.Denominator.Column ?? definition.Denominator.Expression?.Columns[0] ?? "population";
        if (d <= 0 && n > 0)
        {
            throw new IndicatorDataException(DefinitionMessages.ZeroDenominator(definition.File, value.SourceRow, column, value.PracticeCode, n), definition.File, value.SourceRow, column, "0");
        }

        if (definition.Method == MeasureMethod.WilsonProportion && n > d)
        {
            throw new IndicatorDataException(DefinitionMessages.NumeratorAboveDenominator(definition.File, value.SourceRow, definition.Numerator.Columns[0], value.PracticeCode, n, d),
                definition.File, value.SourceRow, definition.Numerator.Columns[0], n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>True when a value lies in the period (always, for an annual extract).</summary>
    /// <param name="value">A practice-month.</param>
    /// <param name="period">The period.</param>
    public static bool InPeriod(PracticeMonthValue value, PeriodDefinition period)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(period);
        return value.Month is not { } month || period.From is null || (month >= period.From && month <= period.To);
    }

    /// <summary>Loads an indicator's file and sums it per practice and month.</summary>
    /// <param name="definition">The indicator.</param>
    /// <param name="period">The period: rows of a monthly extract after its last month are left out.</param>
    /// <param name="populations">Practice populations, for denominators taken from the geography.</param>
    /// <param name="populationDate">The date an annual extract's populations are taken at (the hierarchy date).</param>
    /// <exception cref="ExtractLoadException">The file's rows do not fit its declared columns (file, row, column, value).</exception>
    /// <exception cref="IndicatorDataException">A value the definition cannot use (file, row, column, value).</exception>
    public static IndicatorData Load(IndicatorDefinition definition, PeriodDefinition period, PopulationSource populations, DateOnly populationDate)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(populations);
        return LoadAll([definition], period, populations, populationDate)[0];
    }

    /// <summary>
    /// Loads several indicators, reading each file once: indicators on the same file (and sheet, practice and month
    /// columns, and markers) share one extract with the union of their columns.
    /// </summary>
    /// <param name="definitions">The indicators.</param>
    /// <param name="period">The period.</param>
    /// <param name="populations">Practice populations.</param>
    /// <param name="populationDate">The date an annual extract's populations are taken at.</param>
    public static IReadOnlyList<IndicatorData> LoadAll(IReadOnlyList<IndicatorDefinition> definitions, PeriodDefinition period, PopulationSource populations, DateOnly populationDate)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(populations);
        foreach (var definition in definitions.Where(d => d.Method == MeasureMethod.DsrEsp2013))
        {
            if (populations.Bands?.Name != Geography.AgeBandSet.Esp2013.Name)
            {
                throw new InvalidOperationException(DefinitionMessages.DsrNeedsEsp2013(definition.Name, populations.Bands?.Name ?? "no age bands"));
            }
        }

        var extracts = new Dictionary<string, Extract>(StringComparer.Ordinal);
        var result = new List<IndicatorData>();
        foreach (var group in definitions.GroupBy(SharedFile, StringComparer.Ordinal))
        {
            var extract = LoadExtract([.. group]);
            foreach (var definition in group)
            {
                extracts[definition.Name] = extract;
            }
        }

        foreach (var definition in definitions)
        {
            var extract = extracts[definition.Name];
            var (values, duplicates) = new Reader(definition, extract, period, populations, populationDate).Read();
            result.Add(new IndicatorData(definition, extract, values, duplicates));
        }

        return result;
    }

    /// <summary>Indicators with the same key can share one loaded extract.</summary>
    private static string SharedFile(IndicatorDefinition d) =>
        string.Join("\u001f", d.File, d.Sheet ?? "", d.HeaderRow?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", d.Practice.ToUpperInvariant(), d.Month?.ToUpperInvariant() ?? "",
            string.Join(",", d.Markers.OrderBy(m => m.Key, StringComparer.OrdinalIgnoreCase).Select(m => m.Key + "=" + m.Value)));

    private static Extract LoadExtract(IReadOnlyList<IndicatorDefinition> definitions)
    {
        var definition = definitions[0];
        var columns = new List<ExtractColumn> { ExtractColumn.Code(definition.Practice) };
        void Add(ExtractColumn column)
        {
            if (!columns.Exists(c => string.Equals(c.Name, column.Name, StringComparison.OrdinalIgnoreCase)))
            {
                columns.Add(column);
            }
        }

        if (definition.Month is { } month)
        {
            Add(ExtractColumn.Month(month));
        }

        foreach (var expression in definitions.SelectMany(d => new[] { d.Numerator, d.Denominator.Expression }).OfType<CountExpression>())
        {
            foreach (var column in expression.Columns)
            {
                Add(expression.Values == ValueKind.Count ? ExtractColumn.Count(column, "count") : ExtractColumn.Number(column, "amount"));
            }

            foreach (var filter in expression.Filters)
            {
                Add(ExtractColumn.Code(filter.Column, required: false));
            }
        }

        foreach (var population in definitions.Select(d => d.Denominator.Column).OfType<string>())
        {
            Add(ExtractColumn.Number(population, "patients"));
        }

        foreach (var band in definitions.SelectMany(d => new[] { d.AgeBand, d.Sex }).OfType<string>())
        {
            Add(ExtractColumn.Code(band));
        }

        var schema = new ExtractSchema(Path.GetFileName(definition.File), columns) { Practice = definition.Practice, Period = definition.Month };
        var markers = new Dictionary<string, MissingReason>(ExtractMarkers.CellMarkers, StringComparer.OrdinalIgnoreCase);
        foreach (var (marker, reason) in definition.Markers)
        {
            markers[marker] = reason;
        }

        var options = new ExtractLoadOptions { Markers = markers, Delimiter = DataFileHeader.Delimiter(definition.File) };
        return definition.IsExcel
            ? ExcelExtractReader.Load(definition.File, DataFileHeader.Sheet(definition.Sheet, definition.HeaderRow), schema, options)
            : CsvExtractReader.Load(definition.File, schema, options);
    }

    /// <summary>One pass over the extract's rows, summing per practice and month.</summary>
    private sealed class Reader(IndicatorDefinition definition, Extract extract, PeriodDefinition period, PopulationSource populations, DateOnly populationDate)
    {
        private readonly DataFrame data = extract.Data;
        private readonly long headerRow = definition.IsExcel ? definition.HeaderRow ?? 1 : 1;

        public (List<PracticeMonthValue>, List<(string, long, long)>) Read()
        {
            var practices = data.Columns[definition.Practice];
            var months = definition.Month is { } m ? data.Columns[m] : null;
            var last = period.To?.ToDateTime(TimeOnly.MinValue);
            var sums = new SortedDictionary<(string Practice, DateOnly? Month), Sum>(Comparer<(string Practice, DateOnly? Month)>.Create(
                (a, b) => string.CompareOrdinal(a.Practice, b.Practice) is var c && c != 0 ? c : Nullable.Compare(a.Month, b.Month)));
            var duplicates = months is null && definition.Numerator.Filters.Count == 0 ? Duplicates(practices) : [];
            var skip = duplicates.Select(d => d.Item1).ToHashSet(StringComparer.Ordinal);
            for (long row = 0; row < data.Rows.Count; row++)
            {
                if (practices[row] is not string practice || skip.Contains(practice))
                {
                    continue;
                }

                DateOnly? month = null;
                if (months is not null)
                {
                    if (months[row] is not DateTime date || (last is not null && date > last))
                    {
                        continue;
                    }

                    month = DateOnly.FromDateTime(date);
                }

                if (!sums.TryGetValue((practice, month), out var sum))
                {
                    sum = new Sum(SourceRow(row));
                    sums[(practice, month)] = sum;
                }

                AddRow(sum, row, practice);
            }

            var values = sums.Select(s => Finish(s.Key.Practice, s.Key.Month, s.Value)).ToList();
            return (values, duplicates);
        }

        private long SourceRow(long row) => row + 1 + headerRow;

        /// <summary>Practices on two rows with the same age band and sex (if any) in an annual file: first two rows of each.</summary>
        private List<(string, long, long)> Duplicates(DataFrameColumn practices)
        {
            var first = new Dictionary<(string, string?, string?), long>();
            var found = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
            var bands = definition.AgeBand is { } a ? data.Columns[a] : null;
            var sexes = definition.Sex is { } x ? data.Columns[x] : null;
            for (long row = 0; row < data.Rows.Count; row++)
            {
                if (practices[row] is not string practice)
                {
                    continue;
                }

                var key = (practice, bands?[row] as string, sexes?[row] as string);
                if (first.TryGetValue(key, out var earlier))
                {
                    found.TryAdd(practice, (earlier, SourceRow(row)));
                }
                else
                {
                    first[key] = SourceRow(row);
                }
            }

            return found.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value.Item1, f.Value.Item2)).ToList();
        }

        private bool Passes(CountExpression expression, long row) =>
            expression.Filters.All(f => f.Passes(data.Columns[f.Column][row] as string));

        private void AddRow(Sum sum, long row, string practice)
        {
            if (Passes(definition.Numerator, row))
            {
                foreach (var column in definition.Numerator.Columns)
                {
                    if (data.Columns[column][row] is long value)
                    {
                        sum.Numerator += value;
                        if (definition.AgeBand is not null)
                        {
                            sum.AddBand(BandKey(row), value);
                        }
                    }
                    else if (sum.Missing == MissingReason.Present)
                    {
                        sum.Missing = extract.Reason(column, row);
                    }
                }
            }

            if (definition.Denominator.Expression is { } counted && Passes(counted, row))
            {
                foreach (var column in counted.Columns)
                {
                    if (data.Columns[column][row] is long value)
                    {
                        sum.Counted += value;
                    }
                    else
                    {
                        sum.DenominatorMissing = true;
                    }
                }
            }

            if (definition.Denominator.Column is { } population)
            {
                if (data.Columns[population][row] is double value)
                {
                    if (sum.Population is { } earlier && earlier != value)
                    {
                        throw new IndicatorDataException(DefinitionMessages.PopulationDiffers(definition.File, SourceRow(row), population, practice, value, sum.FirstRow, earlier),
                            definition.File, SourceRow(row), population, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    sum.Population = value;
                }
                else
                {
                    sum.DenominatorMissing = true;
                }
            }
        }

        private string BandKey(long row)
        {
            var age = (data.Columns[definition.AgeBand!][row] as string)?.Trim() ?? "";
            var bands = populations.Bands!;
            if (!bands.Bands.Any(b => b.Label == age))
            {
                throw new IndicatorDataException(DefinitionMessages.UnknownBand(definition.File, SourceRow(row), definition.AgeBand!, age, bands.Bands.Select(b => b.Label)),
                    definition.File, SourceRow(row), definition.AgeBand!, age);
            }

            if (definition.Sex is null || definition.Method == MeasureMethod.DsrEsp2013)
            {
                return age;
            }

            var sex = (data.Columns[definition.Sex][row] as string)?.Trim() ?? "";
            return sex is "Female" or "Male"
                ? sex + " " + age
                : throw new IndicatorDataException(DefinitionMessages.UnknownSex(definition.File, SourceRow(row), definition.Sex, sex), definition.File, SourceRow(row), definition.Sex, sex);
        }

        private PracticeMonthValue Finish(string practice, DateOnly? month, Sum sum)
        {
            long? numerator = sum.Missing == MissingReason.Present ? sum.Numerator : null;
            var date = month ?? populationDate;
            double? denominator = definition.Denominator.Kind switch
            {
                DenominatorKind.Column => sum.DenominatorMissing ? null : sum.Population,
                DenominatorKind.Counted => sum.DenominatorMissing ? null : sum.Counted,
                DenominatorKind.PatientYearsColumn => sum.DenominatorMissing || sum.Population is null ? null : sum.Population / 12,
                DenominatorKind.ListSize => populations.ListSize(practice, date) is { } size ? (month is null ? size : size / (double)period.MonthCount!.Value) : null,
                DenominatorKind.PatientYears => populations.ListSize(practice, date) / 12.0,
                _ => populations.Population(practice, date)?.Total * (month is null ? 1 : 1 / 12.0),
            };
            return new PracticeMonthValue(practice, month, numerator, sum.Missing, denominator, definition.Denominator.Kind == DenominatorKind.Counted,
                definition.Denominator.Kind == DenominatorKind.AgeSex && numerator is not null ? Bands(practice, date, month is null ? 1 : 1 / 12.0, sum) : null, sum.FirstRow);
        }

        private Dictionary<string, BandValue>? Bands(string practice, DateOnly date, double years, Sum sum)
        {
            if (populations.Population(practice, date) is not { } population)
            {
                return null;
            }

            var bands = new Dictionary<string, BandValue>(StringComparer.Ordinal);
            for (var b = 0; b < population.AgeBands.Count; b++)
            {
                var age = population.AgeBands.Bands[b].Label;
                if (definition.Sex is null || definition.Method == MeasureMethod.DsrEsp2013)
                {
                    bands[age] = new BandValue(sum.BandEvents.GetValueOrDefault(age), population.BandTotal(b) * years);
                }
                else
                {
                    foreach (var sex in new[] { Geography.Sex.Female, Geography.Sex.Male })
                    {
                        var key = sex + " " + age;
                        bands[key] = new BandValue(sum.BandEvents.GetValueOrDefault(key), population.Count(sex, b) * years);
                    }
                }
            }

            return bands;
        }
    }

    private sealed class Sum(long firstRow)
    {
        public long FirstRow { get; } = firstRow;

        public long Numerator { get; set; }

        public MissingReason Missing { get; set; }

        public long Counted { get; set; }

        public double? Population { get; set; }

        public bool DenominatorMissing { get; set; }

        public Dictionary<string, double> BandEvents { get; } = new(StringComparer.Ordinal);

        public void AddBand(string key, long events) => BandEvents[key] = BandEvents.GetValueOrDefault(key) + events;
    }
}
