using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <summary>
/// The typed streaming loader behind the CSV and Excel readers. Pipeline: map the header to the schema → parse each row
/// into typed buffers (markers and <c>…QF</c> flags become reasons) → row checks → quarantine or stop → series warnings
/// (missing months, jumps) → DataFrame.
/// </summary>
internal sealed class ExtractLoader
{
    /// <summary>At most this many problems are kept in an exception's list; the message still counts them all.</summary>
    internal const int MaxProblemsListed = 1000;

    private readonly IExtractRowSource _source;
    private readonly CsvRowSource? _csv; // the same source, called directly (not through the interface) for every cell
    private readonly ExtractSchema _schema;
    private readonly ExtractLoadOptions _options;
    private readonly int[] _ordinals;
    private readonly int[] _qualifierOrdinals;
    private readonly ColumnBuffer[] _buffers;
    private readonly ColumnBuffer?[] _qualifiers;
    private readonly List<ExtractProblem> _problems = [];
    private readonly List<(long Row, string Problems, string[] Fields)> _quarantined = [];
    private readonly HashSet<int> _keys;
    private readonly int[] _keyColumns;
    private readonly (int Numerator, int Denominator)[] _pairs;
    private readonly int _listSize;
    private readonly int _practice;
    private readonly List<long> _sourceRows = [];
    private readonly Dictionary<string, MissingReason>.AlternateLookup<ReadOnlySpan<char>>? _markers;
    private long _errorRows;
    private Action<ColumnBuffer[], int>? _onBatch;
    private int _batchRows;

    private ExtractLoader(IExtractRowSource source, ExtractSchema schema, ExtractLoadOptions options, int capacity)
    {
        _source = source;
        _csv = source as CsvRowSource;
        _schema = schema;
        _options = options;
        var header = source.Header.Select(h => h.Trim()).ToList();
        if (header.Count == 0 || header.All(h => h.Length == 0))
        {
            throw new ExtractLoadException(ExtractMessages.NoHeader(source.Source));
        }

        _ordinals = new int[schema.Columns.Count];
        _qualifierOrdinals = new int[schema.Columns.Count];
        var missing = new List<string>();
        for (var i = 0; i < schema.Columns.Count; i++)
        {
            var name = schema.Columns[i].Name;
            _ordinals[i] = Ordinal(header, name, source.Source);
            _qualifierOrdinals[i] = Ordinal(header, name + "QF", source.Source);
            if (_ordinals[i] < 0)
            {
                missing.Add(name);
            }
        }

        if (missing.Count > 0)
        {
            throw new ExtractLoadException(ExtractMessages.MissingColumns(source.Source, schema.Name, missing, header,
                options.Delimiter));
        }

        if (options.Markers is not null)
        {
            _markers = new Dictionary<string, MissingReason>(options.Markers, StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>();
        }

        _buffers = schema.Columns.Select(c => ColumnBuffer.For(c, capacity)).ToArray();
        _qualifiers = _qualifierOrdinals
            .Select((q, i) => q < 0 ? null : ColumnBuffer.For(ExtractColumn.Code(header[q], required: false), capacity))
            .ToArray();
        var used = _ordinals.Concat(_qualifierOrdinals).Where(o => o >= 0).ToHashSet();
        IgnoredColumns = header.Where((_, i) => !used.Contains(i)).ToList();
        _keyColumns = schema.Key.Select(k => schema.IndexOf(k, "key")).ToArray();
        _keys = new HashSet<int>(new RowKeyComparer(_buffers, _keyColumns)); // rows, compared by their key values
        var rules = options.Rules;
        _pairs = rules.NumeratorDenominator
            .Select(p => (schema.IndexOf(p.Numerator, "numerator"), schema.IndexOf(p.Denominator, "denominator")))
            .ToArray();
        _listSize = rules.ListSize is null ? -1 : schema.IndexOf(rules.ListSize, "list size");
        _practice = schema.Practice is null ? -1 : schema.IndexOf(schema.Practice, "practice");
        if ((rules.Geography is not null || rules.KnownPractices is not null) && _practice < 0)
        {
            throw new ArgumentException(ExtractMessages.RulesNeedPractice(schema.Name));
        }
    }

    private IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>Loads a table; <paramref name="expectedRows"/> sizes the buffers so a large file does not grow them by doubling.</summary>
    public static Extract Load(IExtractRowSource source, ExtractSchema schema, ExtractLoadOptions options, int expectedRows = 1024)
    {
        var loader = new ExtractLoader(source, schema, options, expectedRows);
        return loader.Run();
    }

    /// <summary>
    /// Reads every row with the same parsing and row checks as <see cref="Load"/>, but keeps no more than
    /// <paramref name="batchRows"/> rows: each full batch (and the last) is handed to <paramref name="onBatch"/> (the
    /// buffers and their row count) and then dropped. Rows with errors stop the read, as a load does; key, series and
    /// quarantine need every row, so a caller refuses them beforehand.
    /// </summary>
    public static void Stream(IExtractRowSource source, ExtractSchema schema, ExtractLoadOptions options, int batchRows,
        Action<ColumnBuffer[], int> onBatch)
    {
        var loader = new ExtractLoader(source, schema, options, batchRows) { _onBatch = onBatch, _batchRows = batchRows };
        loader.ReadRows();
        if (loader._buffers[0].Count > 0)
        {
            loader.FlushBatch();
        }

        if (loader._errorRows > 0)
        {
            throw new ExtractLoadException(
                ExtractMessages.RowErrors(source.Source, loader._errorRows, loader._problems.Count, loader._problems[0]), loader._problems);
        }
    }

    private void FlushBatch()
    {
        _onBatch!(_buffers, _buffers[0].Count);
        foreach (var buffer in _buffers)
        {
            buffer.Truncate(0);
        }

        foreach (var qualifier in _qualifiers)
        {
            qualifier?.Truncate(0);
        }
    }

    private static int Ordinal(List<string> header, string name, string source)
    {
        var found = -1;
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                if (found >= 0)
                {
                    throw new ExtractLoadException(ExtractMessages.DuplicateHeader(source, name, found, i));
                }

                found = i;
            }
        }

        return found;
    }

    /// <summary>
    /// Loads the parts of one file that were parsed at the same time, each writing its rows straight into its own range
    /// of one set of buffers (so nothing is copied afterwards). Null when a part disagrees with its planned record
    /// count, a part throws, any row has a problem, or a key repeats across parts: the caller then reads the file in
    /// one sequential pass, which reports exactly as a sequential load always does.
    /// </summary>
    /// <param name="parts">The parts in file order; the first holds the header, the others see the same header.</param>
    /// <param name="records">Each part's planned record count (exact for all but the last, an upper bound for it).</param>
    /// <param name="schema">The declared columns.</param>
    /// <param name="options">Checks and quarantine, as for a sequential load.</param>
    public static Extract? TryLoadParts(IReadOnlyList<IExtractRowSource> parts, IReadOnlyList<int> records, ExtractSchema schema,
        ExtractLoadOptions options)
    {
        var capacity = checked(records.Sum());
        var owner = new ExtractLoader(parts[0], schema, options, capacity);
        var loaders = new ExtractLoader[parts.Count];
        var first = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var limit = i == parts.Count - 1 ? capacity : first + records[i];
            loaders[i] = new ExtractLoader(parts[i], schema, options, capacity: 0);
            loaders[i].WriteInto(owner, first, limit);
            first = limit;
        }

        var failed = false;
        Parallel.For(0, loaders.Length, new ParallelOptions { MaxDegreeOfParallelism = loaders.Length }, i =>
        {
            try
            {
                loaders[i].ReadRows();
            }
            catch (Exception) // any failure is found again, and reported, by the sequential pass
            {
                failed = true;
            }
        });

        first = 0;
        for (var i = 0; i < loaders.Length && !failed; i++)
        {
            first += records[i];
            failed = loaders[i]._errorRows > 0 || (i < loaders.Length - 1 && loaders[i]._buffers[0].Count != first);
        }

        if (failed || KeysRepeatAcrossParts(loaders))
        {
            return null;
        }

        for (var c = 0; c < owner._buffers.Length; c++)
        {
            owner._buffers[c].Adopt(loaders.Select(l => l._buffers[c]).ToList());
            owner._qualifiers[c]?.Adopt(loaders.Select(l => l._qualifiers[c]!).ToList());
        }

        foreach (var loader in loaders)
        {
            owner._sourceRows.AddRange(loader._sourceRows);
        }

        return owner.Finish();
    }

    private static bool KeysRepeatAcrossParts(ExtractLoader[] loaders)
    {
        var seen = new HashSet<int>(loaders[0]._keys.Comparer); // every part's rows live in one shared set of buffers
        foreach (var loader in loaders)
        {
            if (loader._keys.Any(seen.Contains))
            {
                return true;
            }

            seen.UnionWith(loader._keys);
        }

        return false;
    }

    /// <summary>Makes this loader write rows [first, limit) of <paramref name="owner"/>'s buffers instead of its own.</summary>
    private void WriteInto(ExtractLoader owner, int first, int limit)
    {
        for (var c = 0; c < _buffers.Length; c++)
        {
            _buffers[c] = owner._buffers[c].Range(first, limit);
            _qualifiers[c] = owner._qualifiers[c]?.Range(first, limit);
        }
    }

    private Extract Run()
    {
        ReadRows();
        return Finish();
    }

    private void ReadRows()
    {
        var rowProblems = new List<ExtractProblem>();
        var width = _source.Header.Count;
        while (_csv?.Read() ?? _source.Read())
        {
            rowProblems.Clear();
            var start = _buffers[0].Count;
            if ((_csv?.RowFieldCount ?? _source.RowFieldCount) != width)
            {
                rowProblems.Add(RowProblem(ExtractProblemKind.RaggedRow, string.Empty,
                    _source.RowFieldCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " fields",
                    ExtractMessages.ExpectedFieldCount(width)));
            }
            else
            {
                ParseRow(rowProblems);
                if (rowProblems.Count == 0)
                {
                    CheckRow(start, rowProblems);
                }
            }

            if (rowProblems.Count == 0)
            {
                if (_options.Rules.JumpColumns.Count > 0)
                {
                    _sourceRows.Add(_source.RowNumber); // only the jump warnings need a loaded row's source row
                }

                if (_onBatch is not null && _buffers[0].Count >= _batchRows)
                {
                    FlushBatch();
                }

                continue;
            }

            foreach (var buffer in _buffers)
            {
                buffer.Truncate(start);
            }

            foreach (var qualifier in _qualifiers)
            {
                qualifier?.Truncate(start);
            }

            _errorRows++;
            if (_problems.Count < MaxProblemsListed || _options.QuarantineBadRows)
            {
                _problems.AddRange(rowProblems);
            }

            if (_options.QuarantineBadRows)
            {
                var fields = new string[_source.RowFieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = _source.Field(i).ToString();
                }

                _quarantined.Add((_source.RowNumber, string.Join("; ", rowProblems.Select(p => p.Message)), fields));
            }
        }
    }

    private Extract Finish()
    {
        if (_errorRows > 0 && !_options.QuarantineBadRows)
        {
            throw new ExtractLoadException(
                ExtractMessages.RowErrors(_source.Source, _errorRows, _problems.Count, _problems[0]), _problems);
        }

        var warnings = new SeriesChecks(_source.Source, _schema, _options.Rules, _buffers, _sourceRows).Run();
        _problems.AddRange(warnings);
        return Build();
    }

    private void ParseRow(List<ExtractProblem> rowProblems)
    {
        for (var i = 0; i < _buffers.Length; i++)
        {
            var buffer = _buffers[i];
            var column = buffer.Column;
            var text = Field(_ordinals[i]).Trim();
            var qualifierReason = MissingReason.Present;
            if (_qualifiers[i] is { } qualifier)
            {
                var flag = Field(_qualifierOrdinals[i]).Trim();
                qualifierReason = ExtractMarkers.OfQualifier(flag);
                if (!ExtractMarkers.IsKnownQualifier(flag))
                {
                    rowProblems.Add(RowProblem(ExtractProblemKind.UnknownQualifier, _source.Header[_qualifierOrdinals[i]].Trim(), flag.ToString(), ExtractMessages.ExpectedQualifier));
                }
                if (flag.IsEmpty)
                {
                    qualifier.AppendMissing(MissingReason.Blank);
                }
                else
                {
                    qualifier.TryAppend(flag);
                }
            }

            var cellReason = column.Type is ExtractColumnType.Code or ExtractColumnType.Text
                ? text.IsEmpty ? MissingReason.Blank : MissingReason.Present
                : CellReason(text);
            if (qualifierReason != MissingReason.Present)
            {
                if (cellReason == MissingReason.Present)
                {
                    rowProblems.Add(RowProblem(ExtractProblemKind.FlaggedValuePresent, _source.Header[_ordinals[i]].Trim(),
                        text.ToString(), ExtractMessages.ExpectedEmptyWhenFlagged(_source.Header[_qualifierOrdinals[i]].Trim(),
                            qualifierReason)));
                    buffer.AppendMissing(qualifierReason);
                    continue;
                }

                buffer.AppendMissing(qualifierReason);
                continue;
            }

            if (cellReason != MissingReason.Present)
            {
                if (cellReason == MissingReason.Blank && column.Required)
                {
                    rowProblems.Add(RowProblem(ExtractProblemKind.RequiredBlank, column.Name, string.Empty,
                        ExtractMessages.ExpectedRequired(column)));
                }

                buffer.AppendMissing(cellReason);
                continue;
            }

            if (text.Length > _options.MaxFieldLength)
            {
                rowProblems.Add(RowProblem(ExtractProblemKind.Unparseable, column.Name, text.ToString(),
                    ExtractMessages.ExpectedShorterField(_options.MaxFieldLength)));
                buffer.AppendMissing(MissingReason.Blank);
                continue;
            }

            if (!buffer.TryAppend(text))
            {
                rowProblems.Add(RowProblem(ExtractProblemKind.Unparseable, column.Name, text.ToString(),
                    ExtractMessages.ExpectedValue(column, text)));
                buffer.AppendMissing(MissingReason.Blank);
                continue;
            }

            if (column.Type == ExtractColumnType.Count && buffer.NumberAt(buffer.Count - 1) < 0)
            {
                rowProblems.Add(RowProblem(ExtractProblemKind.NegativeCount, column.Name, text.ToString(),
                    ExtractMessages.ExpectedNonNegative(column)));
            }
        }
    }

    private ReadOnlySpan<char> Field(int ordinal) => _csv is { } csv ? csv.Field(ordinal) : _source.Field(ordinal);

    private MissingReason CellReason(ReadOnlySpan<char> text)
    {
        if (_markers is not { } markers)
        {
            return ExtractMarkers.OfCell(text);
        }

        return text.IsEmpty ? MissingReason.Blank : markers.TryGetValue(text, out var reason) ? reason : MissingReason.Present;
    }

    private void CheckRow(int row, List<ExtractProblem> rowProblems)
    {
        foreach (var (numerator, denominator) in _pairs)
        {
            var n = _buffers[numerator].NumberAt(row);
            var d = _buffers[denominator].NumberAt(row);
            if (n > d)
            {
                rowProblems.Add(RowProblem(ExtractProblemKind.NumeratorAboveDenominator, _schema.Columns[numerator].Name,
                    _buffers[numerator].TextAt(row),
                    ExtractMessages.ExpectedAtMost(_schema.Columns[denominator].Name, _buffers[denominator].TextAt(row))));
            }
        }

        if (_listSize >= 0 && _buffers[_listSize].NumberAt(row) == 0)
        {
            rowProblems.Add(RowProblem(ExtractProblemKind.ListSizeZero, _schema.Columns[_listSize].Name, "0",
                ExtractMessages.ExpectedPositiveListSize));
        }

        if (_practice >= 0)
        {
            var code = _buffers[_practice].TextAt(row);
            var rules = _options.Rules;
            var known = rules.Geography is not null
                ? rules.Geography.AreaCode(code, Geography.GeographyLevel.Practice) is not null
                : rules.KnownPractices?.Contains(code) ?? true;
            if (!known && code.Length > 0)
            {
                rowProblems.Add(RowProblem(ExtractProblemKind.UnknownPractice, _schema.Columns[_practice].Name, code,
                    ExtractMessages.ExpectedKnownPractice(rules.Geography?.EffectiveDate)));
            }
        }

        if (_keyColumns.Length > 0 && rowProblems.Count == 0)
        {
            if (!_keys.Add(row))
            {
                rowProblems.Add(DuplicateKey(row));
            }
        }
    }

    /// <summary>Kept out of <see cref="CheckRow"/> so that its lambda's closure is not allocated for every row.</summary>
    private ExtractProblem DuplicateKey(int row) =>
        RowProblem(ExtractProblemKind.DuplicateKey, string.Join("+", _schema.Key),
            string.Join("+", _keyColumns.Select(k => _buffers[k].TextAt(row))), ExtractMessages.ExpectedUniqueKey);

    private ExtractProblem RowProblem(ExtractProblemKind kind, string column, string value, string expected) =>
        new(kind, true, _source.Source, _source.RowNumber, column, value, expected);

    private Extract Build()
    {
        var columns = new List<DataFrameColumn>();
        var reasons = new Dictionary<string, MissingReason[]>(StringComparer.Ordinal);
        for (var i = 0; i < _buffers.Length; i++)
        {
            var name = _schema.Columns[i].Name;
            columns.Add(_buffers[i].Build(name));
            if (_buffers[i].AnyMissing)
            {
                reasons[name] = _buffers[i].Reasons.ToArray();
            }

            if (_qualifiers[i] is { } qualifier)
            {
                columns.Add(qualifier.Build(qualifier.Column.Name));
            }
        }

        return new Extract(_source.Source, _schema, new DataFrame(columns), reasons, BuildQuarantine(), _problems,
            IgnoredColumns, _source.Notes, _options.Rules);
    }

    private DataFrame BuildQuarantine()
    {
        var header = _source.Header;
        var sourceRow = new Int64DataFrameColumn("SourceRow", _quarantined.Select(q => q.Row));
        var problems = new StringDataFrameColumn("Problems", _quarantined.Select(q => q.Problems));
        var columns = new List<DataFrameColumn> { sourceRow, problems };
        for (var c = 0; c < header.Count; c++)
        {
            var ordinal = c;
            columns.Add(new StringDataFrameColumn(UniqueName(header, c),
                _quarantined.Select(q => ordinal < q.Fields.Length ? q.Fields[ordinal] : null)));
        }

        columns.Add(new StringDataFrameColumn("ExtraFields",
            _quarantined.Select(q => q.Fields.Length > header.Count ? string.Join(_options.Delimiter, q.Fields[header.Count..]) : null)));
        return new DataFrame(columns);
    }

    private static string UniqueName(IReadOnlyList<string> header, int index)
    {
        var name = header[index].Trim();
        return name.Length == 0 || header.Take(index).Any(h => string.Equals(h.Trim(), name, StringComparison.Ordinal))
            ? "Column" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : name;
    }
}
