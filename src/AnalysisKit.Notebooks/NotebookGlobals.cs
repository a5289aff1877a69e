namespace AnalysisKit.Notebooks;

/// <summary>
/// What every cell can see besides its own variables: <c>display(…)</c> as in .NET Interactive, the injected
/// parameters and a cancellation token that long-running cells may poll to stop early on a timeout.
/// </summary>
public sealed class NotebookGlobals
{
    internal NotebookGlobals(IReadOnlyDictionary<string, object?> parameters) => Parameters = parameters;

    /// <summary>The parameters given on the command line (<c>-p name=value</c>), typed; empty when none.</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>Cancelled when the running cell passes its timeout; loops may check it to stop cleanly.</summary>
    public CancellationToken CancellationToken { get; internal set; }

    /// <summary>Shows <paramref name="value"/> below the cell with the best formatter for its type.</summary>
    public void display(object? value) => OutputCollector.Require().AddDisplay(value);

    /// <summary>Shows <paramref name="content"/> as the given MIME type, e.g. <c>text/html</c> or <c>text/markdown</c>.</summary>
    public void display(string content, string mimeType) => OutputCollector.Require().AddDisplay(content, mimeType);

    /// <summary>The injected parameter <paramref name="name"/> as <typeparamref name="T"/>; used by injected-parameter cells.</summary>
    public T Parameter<T>(string name)
    {
        if (!Parameters.TryGetValue(name, out var value))
        {
            throw new KeyNotFoundException(NotebookMessages.ParameterMissing(name));
        }

        return (T)value!;
    }
}
