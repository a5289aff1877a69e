namespace AnalysisKit.Definitions;

/// <summary>
/// An indicator's data file holds a value the definition cannot use (a zero denominator beside events, a numerator
/// above its denominator, an unknown band): the message names the file, row, column and value and says what was expected.
/// </summary>
public sealed class IndicatorDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="file">The data file.</param>
    /// <param name="row">The data row (1 = first row after the header).</param>
    /// <param name="column">The column.</param>
    /// <param name="value">The value.</param>
    public IndicatorDataException(string message, string file, long row, string column, string value)
        : base(message)
    {
        File = file;
        Row = row;
        Column = column;
        Value = value;
    }

    /// <summary>The data file.</summary>
    public string File { get; }

    /// <summary>The data row (1 = first row after the header).</summary>
    public long Row { get; }

    /// <summary>The column.</summary>
    public string Column { get; }

    /// <summary>The value.</summary>
    public string Value { get; }
}
