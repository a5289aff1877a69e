namespace AnalysisKit.Extracts;

/// <summary>
/// What an extract must contain: its declared columns, the columns that identify a row (checked for duplicates), and
/// which column holds the practice code and which the period, for the per-practice checks and quality summary.
/// </summary>
public sealed class ExtractSchema
{
    /// <summary>Declares an extract's columns. Names must be distinct (case-insensitive); at least one column.</summary>
    /// <param name="name">A short name for the extract, used in reports (e.g. <c>monthly prescribing</c>).</param>
    /// <param name="columns">The declared columns; source columns not declared here are listed as ignored, never guessed.</param>
    public ExtractSchema(string name, IEnumerable<ExtractColumn> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        Name = name;
        Columns = columns.ToList();
        if (Columns.Count == 0)
        {
            throw new ArgumentException(ExtractMessages.SchemaHasNoColumns(name), nameof(columns));
        }

        var duplicate = Columns.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(ExtractMessages.SchemaDuplicateColumn(name, duplicate.Key), nameof(columns));
        }

        foreach (var column in Columns.Where(c => c.Format is not null))
        {
            if (column.Type is not (ExtractColumnType.Date or ExtractColumnType.Month))
            {
                throw new ArgumentException(ExtractMessages.FormatNeedsDate(name, column.Name, column.Type), nameof(columns));
            }

            if (!InvariantDate.IsDateFormat(column.Format!))
            {
                throw new ArgumentException(ExtractMessages.FormatNotADateFormat(name, column.Name, column.Format!), nameof(columns));
            }
        }
    }

    /// <summary>The extract's name, used in reports.</summary>
    public string Name { get; }

    /// <summary>The declared columns in output order.</summary>
    public IReadOnlyList<ExtractColumn> Columns { get; }

    /// <summary>Columns whose values together identify a row (e.g. practice and month); empty for no duplicate check.</summary>
    public IReadOnlyList<string> Key { get; init; } = [];

    /// <summary>The column holding the five-digit practice code, or null when the extract is not by practice.</summary>
    public string? Practice { get; init; }

    /// <summary>The <see cref="ExtractColumnType.Month"/> or <see cref="ExtractColumnType.Date"/> column giving the period, or null.</summary>
    public string? Period { get; init; }

    /// <summary>The declared column with this name (case-insensitive), or null.</summary>
    public ExtractColumn? Find(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    internal int IndexOf(string name, string role)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ArgumentException(ExtractMessages.SchemaUnknownColumn(Name, name, role, Columns.Select(c => c.Name)));
    }
}
