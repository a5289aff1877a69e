using System.Text;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Gathers the outputs of the running cell in order: console text (merged into one stream output per run of writes)
/// and displayed values. The current collector flows with the cell's execution context.
/// </summary>
internal sealed class OutputCollector
{
    private static readonly AsyncLocal<OutputCollector?> CurrentCollector = new();
    private readonly List<CellOutput> outputs = [];
    private readonly ValueFormatter formatter;
    private readonly object gate = new();
    private StringBuilder? stream;
    private string? streamName;

    public OutputCollector(ValueFormatter formatter) => this.formatter = formatter;

    public static OutputCollector? Current
    {
        get => CurrentCollector.Value;
        set => CurrentCollector.Value = value;
    }

    public ValueFormatter Formatter => formatter;

    /// <summary>Disclosure control for displayed values and the trailing value (stored outputs); null: not checked (interactive).</summary>
    public DisclosureControl? Disclosure { get; init; }

    /// <summary>The running cell's number, for refusals that say where.</summary>
    public int CellNumber { get; init; }

    /// <summary>Called with each output as it happens (each console write as its own stream piece), for live front ends.</summary>
    public Action<CellOutput>? Live { get; init; }

    public static OutputCollector Require() =>
        Current ?? throw new InvalidOperationException(NotebookMessages.DisplayOutsideCell);

    public void AppendStream(string name, string text)
    {
        lock (gate)
        {
            if (stream is null || !string.Equals(streamName, name, StringComparison.Ordinal))
            {
                FlushStream();
                stream = new StringBuilder();
                streamName = name;
            }

            stream.Append(text);
            Live?.Invoke(CellOutput.Stream(name, text));
        }
    }

    public void AddDisplay(object? value) => Add(CellOutput.Display(formatter.Format(Checked(value))));

    /// <summary>The cell's trailing value as its execute result; refused like a displayed value.</summary>
    public void AddResult(object? value, int executionCount) => Add(CellOutput.Result(formatter.Format(Checked(value)), executionCount));

    public void AddDisplay(string content, string mimeType)
    {
        ArgumentException.ThrowIfNullOrEmpty(mimeType);
        Add(CellOutput.Display(new Dictionary<string, string>(StringComparer.Ordinal) { [mimeType] = content ?? string.Empty }));
    }

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            FlushStream();
            outputs.Add(output);
            Live?.Invoke(output);
        }
    }

    public IReadOnlyList<CellOutput> Complete()
    {
        lock (gate)
        {
            FlushStream();
            return outputs.ToList();
        }
    }

    private object? Checked(object? value) =>
        Disclosure is null ? value : OutputDisclosureCheck.Check(value, Disclosure, CellNumber);

    private void FlushStream()
    {
        if (stream is { Length: > 0 })
        {
            outputs.Add(CellOutput.Stream(streamName!, stream.ToString()));
        }

        stream = null;
        streamName = null;
    }
}
