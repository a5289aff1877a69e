namespace AnalysisKit.Disclosure;

/// <summary>
/// What an output step (table export, chart builder, briefing) must do about disclosure: apply a policy (the
/// default), or — explicitly, with a reason — nothing, for internal work that stays on the analyst's machine. Output
/// code takes one of these and calls <see cref="EnsureSafe(DisclosureTable)"/> or <see cref="EnsureSafe(long?, string)"/>.
/// </summary>
public sealed class DisclosureControl
{
    private DisclosureControl(SuppressionPolicy? policy, string? optOutReason)
    {
        Policy = policy;
        OptOutReason = optOutReason;
    }

    /// <summary>The default: PHS practice policy (<see cref="SuppressionPolicy.PhsPracticeUnder5"/>).</summary>
    public static DisclosureControl Default { get; } = new(SuppressionPolicy.PhsPracticeUnder5, null);

    /// <summary>The policy applied, or null when opted out.</summary>
    public SuppressionPolicy? Policy { get; }

    /// <summary>Why disclosure control was switched off, or null when it is on.</summary>
    public string? OptOutReason { get; }

    /// <summary>True when this is an explicit opt-out for internal work.</summary>
    public bool IsInternalUseOnly => Policy is null;

    /// <summary>Disclosure control with this policy.</summary>
    /// <param name="policy">The policy.</param>
    public static DisclosureControl Apply(SuppressionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new DisclosureControl(policy, null);
    }

    /// <summary>An explicit opt-out for internal work: outputs are not checked. Never use for anything published.</summary>
    /// <param name="reason">Why (kept with the object so it can be shown on the output, e.g. "INTERNAL: QA of extract").</param>
    public static DisclosureControl InternalUseOnly(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException(DisclosureMessages.OptOutReasonEmpty, nameof(reason));
        }

        return new DisclosureControl(null, reason);
    }

    /// <summary>Refuses a raw table that would publish a small count or a CHI-like key (no-op when opted out).</summary>
    /// <param name="table">The table about to be output as it is.</param>
    public void EnsureSafe(DisclosureTable table)
    {
        if (Policy is not null)
        {
            DisclosureGuard.EnsureSafe(table, Policy);
        }
    }

    /// <summary>Refuses a single count about to be shown (a chart point, hover text, a sentence); no-op when opted out.</summary>
    /// <param name="count">The count; null (missing) is always allowed.</param>
    /// <param name="where">Where it is going, e.g. "chart 'Admissions', point 'Practice 10002', hover text".</param>
    public void EnsureSafe(long? count, string where)
    {
        if (Policy is not null)
        {
            DisclosureGuard.EnsureSafe(count, where, Policy);
        }
    }
}
