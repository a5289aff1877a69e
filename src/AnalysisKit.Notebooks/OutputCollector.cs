using System.Collections;
using System.Text;
using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks.Guard;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Gathers the outputs of the running cell in order: console text (merged into one stream output per run of writes)
/// and displayed values. The current collector flows with the cell's execution context. With a checking
/// <see cref="OutputGuard"/>, every output is checked before it is kept or handed to a live front end: a displayed value
/// as formatted, console text line by line (a line is held back until it ends, so a number written in pieces is read
/// whole); a refusal throws <see cref="UnsafeOutputException"/> into the cell at the call that showed it.
/// </summary>
internal sealed class OutputCollector
{
    private static readonly AsyncLocal<OutputCollector?> CurrentCollector = new();
    private readonly List<CellOutput> outputs = [];
    private readonly ValueFormatter formatter;
    private readonly object gate = new();
    private readonly StringBuilder heldLine = new();
    private readonly Dictionary<string, int> linesChecked = new(StringComparer.Ordinal);
    private StringBuilder? stream;
    private string? streamName;
    private string? heldName;

    public OutputCollector(ValueFormatter formatter) => this.formatter = formatter;

    public static OutputCollector? Current
    {
        get => CurrentCollector.Value;
        set => CurrentCollector.Value = value;
    }

    public ValueFormatter Formatter => formatter;

    /// <summary>The session's output guard; null: not checked (an interactive session without disclosure control).</summary>
    public OutputGuard? Guard { get; init; }

    /// <summary>The running cell's number, for refusals that say where.</summary>
    public int CellNumber { get; init; }

    /// <summary>Called with each output as it happens (console text as it is released), for live front ends.</summary>
    public Action<CellOutput>? Live { get; init; }

    private bool Checking => Guard is { IsChecking: true };

    public static OutputCollector Require() =>
        Current ?? throw new InvalidOperationException(NotebookMessages.DisplayOutsideCell);

    public void AppendStream(string name, string text)
    {
        lock (gate)
        {
            if (!Checking)
            {
                Emit(name, text);
                return;
            }

            if (heldName is not null && !string.Equals(heldName, name, StringComparison.Ordinal))
            {
                Release(all: true);
            }

            heldName = name;
            heldLine.Append(text);
            Release(all: false);
        }
    }

    public void AddDisplay(object? value) => Add(Checked(CellOutput.Display(formatter.Format(Prepared(value)), Metadata(value)), KindOf(value)));

    /// <summary>The cell's trailing value as its execute result; refused like a displayed value.</summary>
    public void AddResult(object? value, int executionCount) =>
        Add(Checked(CellOutput.Result(formatter.Format(Prepared(value)), executionCount, Metadata(value)), KindOf(value)));

    public void AddDisplay(string content, string mimeType)
    {
        ArgumentException.ThrowIfNullOrEmpty(mimeType);
        Add(Checked(CellOutput.Display(new Dictionary<string, string>(StringComparer.Ordinal) { [mimeType] = content ?? string.Empty }), null));
    }

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            Release(all: true);
            FlushStream();
            outputs.Add(output);
            Live?.Invoke(output);
        }
    }

    /// <summary>
    /// Checks and releases console text still held back (a last line without a new line); the refusal message when it
    /// is refused (the text is not kept), else null. Call once the cell's code has finished.
    /// </summary>
    public string? ReleaseHeldText()
    {
        lock (gate)
        {
            try
            {
                Release(all: true);
                return null;
            }
            catch (UnsafeOutputException e)
            {
                return e.Message;
            }
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

    /// <summary>What a refusal calls a displayed value.</summary>
    private static string KindOf(object? value) => value switch
    {
        DataFrame or LabelledFrame => "DataFrame",
        SuppressionResult => "suppressed table",
        GenericChart => "chart",
        string or LabelledText => "text",
        IFormattable or bool or char or null => "value",
        IEnumerable => "sequence",
        { } described when ResultDisplay.IsDescribed(described) => described.GetType().Name,
        _ => "value",
    };

    /// <summary>The labels an output declares, with the reason, as its metadata records them.</summary>
    private static JsonObject? Metadata(object? value) => value switch
    {
        LabelledFrame labelled => new JsonObject
        {
            [NotebookMessages.MetadataKey] = new JsonObject
            {
                [OutputGuard.LabelColumnsKey] = new JsonArray(labelled.Columns.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
                [OutputGuard.LabelReasonKey] = labelled.Reason,
            },
        },
        LabelledText text => new JsonObject { [NotebookMessages.MetadataKey] = new JsonObject { [OutputGuard.LabelReasonKey] = text.Reason } },
        { } described when ResultDisplay.IsDescribed(described) && ResultDisplay.LabelColumns(described) is { Count: > 0 } labels => new JsonObject
        {
            [NotebookMessages.MetadataKey] = new JsonObject
            {
                [OutputGuard.LabelColumnsKey] = new JsonArray(labels.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
                [OutputGuard.LabelReasonKey] = NotebookMessages.ResultLabelReason,
            },
        },
        _ => null,
    };

    /// <summary>A suppressed table is checked as the library checks one before it is written (its own policy) first.</summary>
    private object? Prepared(object? value)
    {
        if (Checking && value is SuppressionResult suppressed)
        {
            DisclosureGuard.EnsureSafe(suppressed);
        }

        return value;
    }

    private CellOutput Checked(CellOutput output, string? kind)
    {
        if (Checking)
        {
            Guard!.EnsureSafe(output, CellNumber, kind);
        }

        return output;
    }

    /// <summary>Checks held-back console text line by line and emits what passes: complete lines, or everything when <paramref name="all"/>.</summary>
    private void Release(bool all)
    {
        if (heldLine.Length == 0 || heldName is null)
        {
            return;
        }

        var text = heldLine.ToString();
        var cut = all ? text.Length : text.LastIndexOf('\n') + 1;
        if (cut <= 0)
        {
            return;
        }

        var name = heldName;
        heldLine.Remove(0, cut);
        if (heldLine.Length == 0)
        {
            heldName = null;
        }

        if (!Checking)
        {
            Emit(name, text[..cut]);
            return;
        }

        var start = 0;
        while (start < cut)
        {
            var end = text.IndexOf('\n', start, cut - start);
            end = end < 0 ? cut : end + 1;
            var line = linesChecked[name] = linesChecked.GetValueOrDefault(name) + 1;
            var place = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"console text, {name}, line {line}");
            Guard!.EnsureSafe(CellOutput.Stream(name, text[start..end]), CellNumber, place);
            Emit(name, text[start..end]);
            start = end;
        }
    }

    private void Emit(string name, string text)
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
