using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;

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

    /// <summary>The internal-use-only notice recorded in an executed notebook, or null when its outputs were checked.</summary>
    public static string? InternalUseOnlyNotice(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var record = notebook.Json["metadata"]?[NotebookMessages.MetadataKey]?[RecordKey] as JsonObject;
        return record?[NotebookMessages.InternalUseOnlyKey] is JsonValue reason && reason.TryGetValue<string>(out var text)
            ? NotebookMessages.InternalUseOnlyBanner(text, (record["set_by"] as JsonValue)?.GetValue<string>() ?? "unknown")
            : null;
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
