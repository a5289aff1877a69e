namespace AnalysisKit.Notebooks;

/// <summary>A notebook file that cannot be read: the message names the file and what is wrong.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception with a message naming the file and the problem.</summary>
    public NotebookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the parser's exception.</summary>
    public NotebookFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
