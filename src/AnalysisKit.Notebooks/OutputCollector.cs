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
/// and displayed values. The current collector flows with the cell's execution context. Thread-safe: code a cell starts
/// on other threads writes into the same collector.
/// <para>
/// Console text is kept up to <see cref="NotebookSessionOptions.StreamLimit"/> characters per cell; what is cut is
/// counted and a note on standard error says how much (<see cref="NotebookMessages.StreamCut"/>). A live front end
/// (<see cref="Live"/>) gets console text coalesced as ipykernel sends it: at most every
/// <see cref="LiveInterval"/> or when <see cref="LiveChunk"/> characters are waiting, never splitting a surrogate pair,
/// so a loop of a million <c>Console.WriteLine</c> calls is a handful of messages, not a million.
/// </para>
/// </summary>
internal sealed class OutputCollector : IDisposable
{
    /// <summary>How long console text may wait before it is sent to a live front end (ipykernel's flush interval).</summary>
    public static readonly TimeSpan LiveInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Characters of waiting console text that are sent at once without waiting for <see cref="LiveInterval"/>.</summary>
    public const int LiveChunk = 64 * 1024;

    private static readonly AsyncLocal<OutputCollector?> CurrentCollector = new();
    private readonly List<CellOutput> outputs = [];
    private readonly ValueFormatter formatter;
    private readonly object gate = new();
    private readonly Dictionary<string, (long Characters, long Lines)> cut = new(StringComparer.Ordinal);
    private StringBuilder? stream;
    private string? streamName;
    private StringBuilder? pending;
    private string? pendingName;
    private Timer? timer;
    private bool timerArmed;
    private long kept;
    private bool completed;
    private readonly StringBuilder heldLine = new();
    private readonly Dictionary<string, int> linesChecked = new(StringComparer.Ordinal);
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

    /// <summary>Console characters kept per cell (stdout and stderr together); the rest is counted and noted.</summary>
    public long StreamLimit { get; init; } = NotebookSessionOptions.DefaultStreamLimit;

    /// <summary>
    /// Called with each output as it happens, for live front ends: displays at once, console text coalesced (see the
    /// class summary). Called under the collector's lock, from the writing thread or a timer thread, so calls never
    /// overlap and arrive in order; nothing is called after <see cref="Complete"/>.
    /// </summary>
    public Action<CellOutput>? Live { get; init; }

    public static OutputCollector Require() =>
        Current ?? throw new InvalidOperationException(NotebookMessages.DisplayOutsideCell);

    public void AppendStream(string name, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        lock (gate)
        {
            if (completed)
            {
                return; // a thread the cell started, still writing after the cell ended: nobody is listening.
            }

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
            if (completed)
            {
                return;
            }

            Release(all: true);
            FlushStream();
            outputs.Add(output);
            Live?.Invoke(output);
        }
    }

    /// <summary>
    /// Ends the cell's output: waiting console text is sent, a note says what the stream limit cut, and later writes
    /// are ignored. Returns every output in order.
    /// </summary>
    public IReadOnlyList<CellOutput> Complete()
    {
        lock (gate)
        {
            if (!completed)
            {
                FlushStream();
                if (cut.Count > 0)
                {
                    var note = CellOutput.Stream("stderr", NotebookMessages.StreamCut(StreamLimit, cut.Select(c => (c.Key, c.Value.Characters, c.Value.Lines)).ToList()) + "\n");
                    outputs.Add(note);
                    Live?.Invoke(note);
                }

                completed = true;
                timer?.Dispose();
                timer = null;
            }

            return outputs.ToList();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            completed = true;
            timer?.Dispose();
            timer = null;
        }
    }

    private static long CountLines(ReadOnlySpan<char> text) => text.Count('\n');

    /// <summary>
    /// How many characters of <paramref name="text"/> are kept: all while under the limit; at the limit, up to the last
    /// line end that fits (the start of one huge line when nothing was kept yet, never ending between a surrogate pair);
    /// after a cut, nothing, so the kept text has no gaps.
    /// </summary>
    private int Keep(string text)
    {
        var room = StreamLimit - kept;
        if (cut.Count == 0 && room >= text.Length)
        {
            return text.Length;
        }

        if (cut.Count > 0 || room <= 0)
        {
            return 0;
        }

        var keep = (int)room;
        var lastNewline = text.LastIndexOf('\n', keep - 1);
        if (lastNewline >= 0)
        {
            return lastNewline + 1;
        }

        if (kept > 0)
        {
            return 0; // the line would be cut in the middle: leave it out whole
        }

        return char.IsHighSurrogate(text[keep - 1]) ? keep - 1 : keep;
    }

    private bool Checking => Guard is { IsChecking: true };

    /// <summary>
    /// Checks and releases console text still held back (a last line without a new line); the refusal message when it
    /// is refused (the text is not kept), else null. Call once the cell's code has finished, before <see cref="Complete"/>.
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

    /// <summary>Keeps console text that passed the guard (up to the stream limit) and queues it for the live front end.</summary>
    private void Emit(string name, string text)
    {
        if (stream is null || !string.Equals(streamName, name, StringComparison.Ordinal))
        {
            FlushStream();
            stream = new StringBuilder();
            streamName = name;
        }

        var keep = Keep(text);
        if (keep < text.Length)
        {
            var (characters, lines) = cut.GetValueOrDefault(name);
            cut[name] = (characters + text.Length - keep, lines + CountLines(text.AsSpan(keep)));
        }

        if (keep == 0)
        {
            return;
        }

        stream.Append(text, 0, keep);
        kept += keep;
        if (Live is not null)
        {
            QueueLive(name, text, keep);
        }
    }

    private void QueueLive(string name, string text, int count)
    {
        if (pending is not null && !string.Equals(pendingName, name, StringComparison.Ordinal))
        {
            SendPending(all: true);
        }

        pending ??= new StringBuilder();
        pendingName = name;
        pending.Append(text, 0, count);
        if (pending.Length >= LiveChunk)
        {
            SendPending(all: false);
        }

        if (pending is { Length: > 0 } && !timerArmed)
        {
            timer ??= new Timer(_ => OnTimer(), null, Timeout.Infinite, Timeout.Infinite);
            timer.Change(LiveInterval, Timeout.InfiniteTimeSpan);
            timerArmed = true;
        }
    }

    private void OnTimer()
    {
        lock (gate)
        {
            timerArmed = false;
            if (!completed)
            {
                SendPending(all: false);
            }
        }
    }

    /// <summary>
    /// Sends waiting console text to <see cref="Live"/>. Unless <paramref name="all"/>, a trailing high surrogate waits
    /// for its pair (text written one char at a time must not reach the client as two halves of an emoji).
    /// </summary>
    private void SendPending(bool all)
    {
        if (pending is not { Length: > 0 })
        {
            return;
        }

        var length = pending.Length;
        if (!all && char.IsHighSurrogate(pending[length - 1]))
        {
            length--;
        }

        if (length == 0)
        {
            return;
        }

        var text = pending.ToString(0, length);
        pending.Remove(0, length);
        Live!.Invoke(CellOutput.Stream(pendingName!, text));
    }

    private void FlushStream()
    {
        SendPending(all: true);
        pending = null;
        pendingName = null;
        if (stream is { Length: > 0 })
        {
            outputs.Add(CellOutput.Stream(streamName!, stream.ToString()));
        }

        stream = null;
        streamName = null;
    }
}
