using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks.Guard;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Which disclosure control a headless run applies to a notebook's stored outputs, and its record in the executed
/// notebook. Checked by default; the explicit opt-outs mirror <see cref="DisclosureControl.InternalUseOnly"/> and need
/// a reason: the notebook's own metadata (<c>"akit": {"internal_use_only": "reason"}</c>) or the caller's run options
/// (<c>akit run/batch --internal-use-only "reason"</c>). The executed notebook records the choice in
/// <c>metadata.akit.disclosure</c>: the policy it was checked with, or the reason and who opted out.
/// </summary>
public static class NotebookDisclosure
{
    /// <summary>The key of the record in <c>metadata.akit</c>.</summary>
    public const string RecordKey = "disclosure";

    /// <summary>Who opted out, when the notebook's metadata did.</summary>
    public const string SetByNotebook = "notebook metadata akit.internal_use_only";

    /// <summary>Who opted out, when the run options did.</summary>
    public const string SetByRunOptions = "the run options (akit run/batch --internal-use-only)";

    /// <summary>
    /// The notebook's internal-use-only reason, or null when it has none. A flag that is not non-empty text (e.g.
    /// <c>true</c>) is a <see cref="NotebookFormatException"/>: an opt-out always says why.
    /// </summary>
    public static string? InternalUseOnlyReason(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var flag = notebook.Json["metadata"]?[NotebookMessages.MetadataKey]?[NotebookMessages.InternalUseOnlyKey];
        if (flag is null)
        {
            return null;
        }

        return flag is JsonValue value && value.TryGetValue<string>(out var reason) && !string.IsNullOrWhiteSpace(reason)
            ? reason
            : throw new NotebookFormatException(NotebookMessages.InternalUseOnlyNotAReason(flag.ToJsonString()));
    }

    /// <summary>
    /// The control a run applies: <paramref name="requested"/> when it is an opt-out, else the notebook's own opt-out
    /// when it has one, else <paramref name="requested"/>. <c>SetBy</c> says who opted out (null when checked).
    /// </summary>
    public static (DisclosureControl Control, string? SetBy) Resolve(Notebook notebook, DisclosureControl requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        if (requested.IsInternalUseOnly)
        {
            return (requested, SetByRunOptions);
        }

        return InternalUseOnlyReason(notebook) is { } reason
            ? (DisclosureControl.InternalUseOnly(reason), SetByNotebook)
            : (requested, null);
    }

    /// <summary>
    /// The internal-use-only notice of an executed notebook, or null when its outputs were checked: the opt-out recorded in
    /// <c>metadata.akit.disclosure</c> (akit run), else the first output that announces a session's
    /// <c>#!internal-use-only</c> (a notebook a Jupyter client saved from the kernel).
    /// </summary>
    public static string? InternalUseOnlyNotice(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var record = notebook.Json["metadata"]?[NotebookMessages.MetadataKey]?[RecordKey] as JsonObject;
        if (record?[NotebookMessages.InternalUseOnlyKey] is JsonValue reason && reason.TryGetValue<string>(out var text))
        {
            return NotebookMessages.InternalUseOnlyBanner(text, (record[OutputGuard.SetByKey] as JsonValue)?.GetValue<string>() ?? "unknown");
        }

        foreach (var cell in notebook.Cells)
        {
            foreach (var output in cell.Outputs.OfType<JsonObject>())
            {
                if (output["metadata"]?[NotebookMessages.MetadataKey] is JsonObject akit && akit[NotebookMessages.InternalUseOnlyKey] is JsonValue announced
                    && announced.TryGetValue<string>(out var why))
                {
                    return NotebookMessages.InternalUseOnlyBanner(why, (akit[OutputGuard.SetByKey] as JsonValue)?.GetValue<string>() ?? "unknown");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The guard for a stored notebook's outputs as they leave in another form (the HTML page): the policy its record says
    /// it was checked with (the default when it has no record, e.g. saved by a Jupyter client), or null when the record
    /// says the whole run opted out. A session's <c>#!internal-use-only</c> output switches the guard off from there on.
    /// </summary>
    public static OutputGuard? GuardFor(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var record = notebook.Json["metadata"]?[NotebookMessages.MetadataKey]?[RecordKey] as JsonObject;
        if (record?[NotebookMessages.InternalUseOnlyKey] is not null && record["checked_with"] is null)
        {
            return null;
        }

        var name = (record?["checked_with"] as JsonValue)?.GetValue<string>();
        var policy = name is not null && SuppressionPolicy.Presets.TryGetValue(name, out var preset) ? preset : DisclosureControl.Default.Policy!;
        return new OutputGuard(DisclosureControl.Apply(policy));
    }

    /// <summary>Adds a session's <c>#!internal-use-only</c> opt-out (reason and which cell) to the record of an executed notebook.</summary>
    internal static void RecordSessionOptOut(Notebook executed, string reason, string setBy)
    {
        if (executed.Json["metadata"]?[NotebookMessages.MetadataKey]?[RecordKey] is JsonObject record && record[NotebookMessages.InternalUseOnlyKey] is null)
        {
            record[NotebookMessages.InternalUseOnlyKey] = reason;
            record[OutputGuard.SetByKey] = setBy;
        }
    }

    /// <summary>Writes the record into <c>metadata.akit.disclosure</c> of an executed notebook (replacing an earlier one).</summary>
    internal static void Record(Notebook executed, DisclosureControl control, string? setBy)
    {
        var record = control.Policy is { } policy
            ? new JsonObject { ["checked_with"] = policy.Name, ["rule"] = policy.Describe() }
            : new JsonObject { [NotebookMessages.InternalUseOnlyKey] = control.OptOutReason, ["set_by"] = setBy };
        if (executed.Json["metadata"] is not JsonObject metadata)
        {
            metadata = new JsonObject();
            executed.Json["metadata"] = metadata;
        }

        if (metadata[NotebookMessages.MetadataKey] is not JsonObject akit)
        {
            akit = new JsonObject();
            // Keys in sorted order, as Jupyter and VS Code write them.
            metadata.Insert(metadata.Count(p => string.CompareOrdinal(p.Key, NotebookMessages.MetadataKey) < 0), NotebookMessages.MetadataKey, akit);
        }

        akit[RecordKey] = record;
    }
}
