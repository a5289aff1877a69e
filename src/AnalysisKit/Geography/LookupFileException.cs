namespace AnalysisKit.Geography;

/// <summary>
/// A practice lookup or population file that cannot be used as it stands: the message names the file, line, column
/// and value, and says what was expected; the properties carry the same facts for programs.
/// </summary>
public sealed class LookupFileException : Exception
{
    /// <summary>Creates the exception with its message and location.</summary>
    /// <param name="message">The full message (from the geography error texts).</param>
    /// <param name="filePath">The file at fault.</param>
    /// <param name="line">The line at fault (header = 1), or 0 when the whole file is at fault.</param>
    /// <param name="column">The column at fault, or empty.</param>
    /// <param name="value">The offending value, or empty.</param>
    public LookupFileException(string message, string filePath, int line, string column, string value)
        : base(message)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Value = value;
    }

    /// <summary>The file at fault.</summary>
    public string FilePath { get; }

    /// <summary>The line at fault (the header is line 1), or 0 when the whole file is at fault.</summary>
    public int Line { get; }

    /// <summary>The column at fault, or empty.</summary>
    public string Column { get; }

    /// <summary>The offending value, or empty.</summary>
    public string Value { get; }
}
