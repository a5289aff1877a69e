namespace AnalysisKit.Definitions;

/// <summary>
/// A definition file that cannot be used as it stands: the message names the file, the JSON path, the value and what
/// is allowed; the properties carry the same facts for programs.
/// </summary>
public sealed class DefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full message (from <see cref="DefinitionMessages"/>).</param>
    /// <param name="file">The definition file.</param>
    /// <param name="jsonPath">The JSON path at fault (e.g. <c>$.indicators[1].numerator</c>), or <c>$</c>.</param>
    public DefinitionException(string message, string file, string jsonPath)
        : base(message)
    {
        File = file;
        JsonPath = jsonPath;
    }

    /// <summary>The definition file.</summary>
    public string File { get; }

    /// <summary>The JSON path at fault.</summary>
    public string JsonPath { get; }
}
