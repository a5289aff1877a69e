using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Guard;

/// <summary>
/// The one disclosure check for everything a notebook's outputs show, wherever they leave the machine: stored by
/// <c>akit run</c>, <c>batch</c> and <c>test</c>, published by the Jupyter kernel, or written into an HTML page. It reads
/// an output as it will be shown — console text line by line, HTML (text, tables, attributes, scripts), Markdown,
/// Plotly figures, plain text of scalars, tuples and records, exception messages — and refuses it when it shows a count
/// the policy calls small (<see cref="CountsInText"/>, <see cref="TableCheck"/>, <see cref="FigureCheck"/>), a
/// percentage or rate that gives one back beside its denominator (<see cref="DerivedCount"/>), or anything that looks
/// like a CHI number (<see cref="ChiNumberGuard"/>). The refusal names cell, output kind and place, never the value,
/// and says what to do. Opt-outs always carry a reason and are recorded: label columns and label text in the output's
/// metadata, the session's internal-use-only choice (<see cref="OptIn"/>) on the output that announces it.
/// Not seen (the README lists each, with a test): numbers written in words, images, script code that computes what it
/// draws, and counts a reader can work out by subtracting one output from another.
/// </summary>
public sealed class OutputGuard
{
    /// <summary>Output metadata key (under <c>"akit"</c>): the columns shown as labels, not counts.</summary>
    public const string LabelColumnsKey = "label_columns";

    /// <summary>Output metadata key (under <c>"akit"</c>): why the label columns or label text are not counts.</summary>
    public const string LabelReasonKey = "label_reason";

    /// <summary>Output metadata key (under <c>"akit"</c>): who opted the session out.</summary>
    public const string SetByKey = "set_by";

    /// <summary>Markdown is read as the HTML export renders it (tables, lists, emphasis).</summary>
    private static readonly Markdig.MarkdownPipeline MarkdownPipeline = Markdig.MarkdownExtensions.UseAdvancedExtensions(new Markdig.MarkdownPipelineBuilder()).Build();

    private static readonly HashSet<string> Images = new(StringComparer.Ordinal) { "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp" };

    /// <summary>A guard applying <paramref name="control"/> (an opt-out control checks nothing).</summary>
    public OutputGuard(DisclosureControl control) => Control = control ?? throw new ArgumentNullException(nameof(control));

    /// <summary>The control the session started with.</summary>
    public DisclosureControl Control { get; }

    /// <summary>Why the session stopped checking outputs (<c>#!internal-use-only</c>), or null.</summary>
    public string? InternalUseOnlyReason { get; private set; }

    /// <summary>Who or what opted the session out (e.g. "cell 4 (#!internal-use-only)"), or null.</summary>
    public string? InternalUseOnlySetBy { get; private set; }

    /// <summary>True while outputs are checked: a policy applies and the session has not opted out.</summary>
    public bool IsChecking => Control.Policy is not null && InternalUseOnlyReason is null;

    /// <summary>
    /// Stops checking for the rest of the session, for raw numbers on the analyst's own screen; the reason and who gave
    /// it are recorded (the announcing output's metadata, the executed notebook's <c>metadata.akit.disclosure</c>).
    /// </summary>
    /// <param name="reason">Why; non-empty.</param>
    /// <param name="setBy">Who or what opted out, e.g. "cell 4 (#!internal-use-only)".</param>
    public void OptIn(string reason, string setBy)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException(NotebookMessages.SessionOptOutNeedsReason, nameof(reason));
        }

        InternalUseOnlyReason = reason.Trim();
        InternalUseOnlySetBy = setBy;
    }

    /// <summary>Throws <see cref="UnsafeOutputException"/> (message: cell, output kind, place, what to do) when the output is refused.</summary>
    /// <param name="output">The output as it will be stored or published.</param>
    /// <param name="cellNumber">The cell it belongs to.</param>
    /// <param name="kind">What the cell showed (e.g. "DataFrame", "console text, stdout"); from the MIME type when null.</param>
    public void EnsureSafe(CellOutput output, int cellNumber, string? kind = null)
    {
        if (Refusal(output, cellNumber, kind) is { } message)
        {
            throw new UnsafeOutputException(message);
        }
    }

    /// <summary>
    /// The output to publish: <paramref name="output"/> itself, or — when refused — a <c>stderr</c> stream that says what
    /// was withheld and why, without the value. For front ends that must never stop mid-cell (the kernel's last check).
    /// </summary>
    public CellOutput Screen(CellOutput output, int cellNumber)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Refusal(output, cellNumber, null) is { } message ? CellOutput.Stream("stderr", NotebookMessages.Withheld(message) + "\n") : output;
    }

    /// <summary>The refusal of a runtime error's message (it may quote data), or null when it may be shown.</summary>
    internal string? ErrorMessageRefusal(string message, int cellNumber) =>
        IsChecking ? TextRefusal(message, NotebookMessages.OutputPlace(cellNumber, "error message"), Control.Policy!, OutputAdvice.Error) : null;

    /// <summary>The refusal message for <paramref name="output"/>, or null when it may be shown.</summary>
    internal string? Refusal(CellOutput output, int cellNumber, string? kind)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!IsChecking || output.AkitMetadata?[NotebookMessages.InternalUseOnlyKey] is not null)
        {
            return null;
        }

        var policy = Control.Policy!;
        var akit = output.AkitMetadata;
        var labelText = akit?[LabelReasonKey] is not null && akit[LabelColumnsKey] is null;
        var labelColumns = akit?[LabelColumnsKey] is JsonArray columns
            ? columns.Select(c => (c as JsonValue)?.GetValue<string>() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
            : [];
        switch (output.Kind)
        {
            case CellOutputKind.Stream:
                var place = NotebookMessages.OutputPlace(cellNumber, kind ?? "console text, " + output.StreamName);
                return TextRefusal(output.Text ?? string.Empty, place, policy, OutputAdvice.Console, lines: true);
            case CellOutputKind.Error:
                // The engine's own errors (compile errors quote code positions; refusals never quote values) are not data.
                return output.ErrorName is "CompilationError" or "UnsupportedDirective" or "ReferenceError" or "TimeoutError" or "SessionFaulted"
                    or "UnsupportedKernel" || output.ErrorName == typeof(UnsafeOutputException).FullName
                    ? null
                    : ErrorMessageRefusal(output.ErrorValue ?? string.Empty, cellNumber);
        }

        return (labelText ? null : Structured(output.Data, cellNumber, kind, labelColumns, policy)) ?? RawChi(output.Data, cellNumber, kind);
    }

    /// <summary>Every representation but images, as raw text, for CHI-like numbers (after the structured reading, which says where more precisely).</summary>
    private static string? RawChi(IReadOnlyDictionary<string, string> data, int cellNumber, string? kind)
    {
        foreach (var (mime, content) in data)
        {
            if (!Images.Contains(mime) && Chi(content, NotebookMessages.OutputPlace(cellNumber, kind ?? KindOf(mime))) is { } chi)
            {
                return chi;
            }
        }

        return null;
    }

    /// <summary>What the output shows, read by its richest representation (charts, HTML, SVG, Markdown, JSON, then plain text).</summary>
    private static string? Structured(IReadOnlyDictionary<string, string> data, int cellNumber, string? kind, IReadOnlyCollection<string> labelColumns, SuppressionPolicy policy)
    {
        if (data.TryGetValue(ValueFormatter.PlotlyMimeType, out var figureJson) && Figure(figureJson, cellNumber, kind ?? "chart", policy) is { } figure)
        {
            return figure;
        }

        if (data.TryGetValue("text/html", out var html))
        {
            return Html(html, cellNumber, kind ?? "HTML", labelColumns, policy);
        }

        if (data.TryGetValue("image/svg+xml", out var svg))
        {
            return Html(svg, cellNumber, kind ?? "SVG", labelColumns, policy);
        }

        if (data.TryGetValue("text/markdown", out var markdown))
        {
            return Html(Markdig.Markdown.ToHtml(markdown, MarkdownPipeline), cellNumber, kind ?? "Markdown", labelColumns, policy);
        }

        if (data.TryGetValue("application/json", out var json) && Figure(json, cellNumber, kind ?? "JSON", policy) is { } jsonFinding)
        {
            return jsonFinding;
        }

        return data.TryGetValue("text/plain", out var plain)
            ? TextRefusal(plain, NotebookMessages.OutputPlace(cellNumber, kind ?? "text"), policy, OutputAdvice.Text, lines: true)
            : null;
    }

    private static string KindOf(string mime) => mime switch
    {
        "text/html" => "HTML",
        "text/markdown" => "Markdown",
        "image/svg+xml" => "SVG",
        ValueFormatter.PlotlyMimeType => "chart",
        "application/json" => "JSON",
        _ => "text",
    };

    private static string? Chi(string text, string where)
    {
        try
        {
            ChiNumberGuard.EnsureNone(text, where);
            return null;
        }
        catch (UnsafeOutputException e)
        {
            return e.Message;
        }
    }

    private static string? TextRefusal(string text, string where, SuppressionPolicy policy, OutputAdvice advice, bool lines = false)
    {
        if (Chi(text, where) is { } chi)
        {
            return chi;
        }

        if (CountsInText.Find(text, policy) is not { } found)
        {
            return null;
        }

        var place = lines && text.TrimEnd('\n').Contains('\n', StringComparison.Ordinal) ? NotebookMessages.OutputLine(where, found.Line) : where;
        return NotebookMessages.OutputRefused(found.Derived ? NotebookMessages.DerivedCount(place, policy.Describe()) : SmallCount(place, policy), advice);
    }

    private static string? Html(string html, int cellNumber, string kind, IReadOnlyCollection<string> labelColumns, SuppressionPolicy policy)
    {
        var content = HtmlContent.Parse(html);
        var output = NotebookMessages.OutputPlace(cellNumber, kind);
        for (var t = 0; t < content.Tables.Count; t++)
        {
            var table = content.Tables[t];
            var name = content.Tables.Count > 1 ? NotebookMessages.OutputTable(output, t + 1) : output;
            foreach (var text in new[] { table.Caption.ToString(), table.Loose.ToString() })
            {
                if (TextRefusal(text, name, policy, OutputAdvice.Text) is { } refusal)
                {
                    return refusal;
                }
            }

            if (TableCheck.Find(table, labelColumns, policy) is { } found)
            {
                var where = NotebookMessages.OutputCell(name, found.Column, found.Row);
                if (found.ChiCell is { } cell)
                {
                    return Chi(cell, where);
                }

                return NotebookMessages.OutputRefused(found.Derived ? NotebookMessages.DerivedCount(where, policy.Describe()) : SmallCount(where, policy), OutputAdvice.Table);
            }
        }

        if (TextRefusal(content.Text, output, policy, OutputAdvice.Text, lines: true) is { } textRefusal)
        {
            return textRefusal;
        }

        foreach (var attribute in content.AttributeTexts)
        {
            if (TextRefusal(attribute, NotebookMessages.OutputAttribute(output), policy, OutputAdvice.Text) is { } refusal)
            {
                return refusal;
            }
        }

        foreach (var script in content.Scripts)
        {
            if (FigureCheck.FindInScript(script, policy) is { } found)
            {
                return FigureRefusal(found, output, policy);
            }
        }

        return null;
    }

    private static string? Figure(string json, int cellNumber, string kind, SuppressionPolicy policy)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return TextRefusal(json, NotebookMessages.OutputPlace(cellNumber, kind), policy, OutputAdvice.Text);
        }

        return FigureCheck.Find(node, policy) is { } found ? FigureRefusal(found, NotebookMessages.OutputPlace(cellNumber, kind), policy) : null;
    }

    private static string FigureRefusal(FigureFinding found, string output, SuppressionPolicy policy)
    {
        var where = output + ", " + found.Where;
        return NotebookMessages.OutputRefused(found.Histogram ? NotebookMessages.HistogramRefused(where) : SmallCount(where, policy), OutputAdvice.Chart);
    }

    /// <summary>The library's refusal of a count whose message is kept with the output (the count left out).</summary>
    private static string SmallCount(string where, SuppressionPolicy policy)
    {
        var small = Enumerable.Range(0, (int)Math.Min(policy.ProtectionWidth + 1, int.MaxValue)).First(n => policy.IsSmall(n));
        try
        {
            DisclosureGuard.EnsureSafeWithoutValue(small, where, policy);
            throw new InvalidOperationException("unreachable: a small count was not refused");
        }
        catch (UnsafeOutputException e)
        {
            return e.Message;
        }
    }
}

