namespace AnalysisKit.Extracts;

/// <summary>
/// Thrown when an extract cannot be loaded: the file's structure is wrong (missing header, missing declared column,
/// unreadable encoding) or rows have errors and the caller did not ask for them to be quarantined. Carries every
/// problem found so the whole report can be shown at once.
/// </summary>
public sealed class ExtractLoadException : Exception
{
    /// <summary>Creates the exception from a message and the problems behind it.</summary>
    public ExtractLoadException(string message, IReadOnlyList<ExtractProblem> problems, Exception? inner = null)
        : base(message, inner)
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for a structural problem that has no row-level detail.</summary>
    public ExtractLoadException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with the default message (required by the exception design guidelines).</summary>
    public ExtractLoadException()
        : this("The extract could not be loaded.")
    {
    }

    /// <summary>Creates the exception wrapping another (required by the exception design guidelines).</summary>
    public ExtractLoadException(string message, Exception inner)
        : this(message, [], inner)
    {
    }

    /// <summary>Every problem found, errors first in file order.</summary>
    public IReadOnlyList<ExtractProblem> Problems { get; }
}
