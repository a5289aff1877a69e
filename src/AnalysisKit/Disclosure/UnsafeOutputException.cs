namespace AnalysisKit.Disclosure;

/// <summary>An output was refused because it would disclose a small count or a CHI number. The message says where.</summary>
public sealed class UnsafeOutputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and where.</param>
    public UnsafeOutputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message (prefer the other constructor).</summary>
    public UnsafeOutputException()
    {
    }

    /// <summary>Creates the exception wrapping another.</summary>
    /// <param name="message">What was refused and where.</param>
    /// <param name="innerException">The cause.</param>
    public UnsafeOutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
