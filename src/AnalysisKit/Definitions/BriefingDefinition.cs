using AnalysisKit.Disclosure;

namespace AnalysisKit.Definitions;

/// <summary>
/// What a briefing shows, read from a definition file (<c>briefing.json</c>, see <see cref="BriefingDefinitionReader"/>):
/// its geography and populations, period, comparator levels, disclosure policy, indicators and headline. The code
/// says how; this says what, so an analyst adds or changes an indicator without writing C#.
/// </summary>
/// <param name="SourceFile">The definition file (full path); relative paths inside it were resolved against its folder.</param>
/// <param name="Title">The document's title, e.g. "GP cluster briefing" (the area's name is added after it).</param>
/// <param name="Contact">Who to contact about the briefing, or null.</param>
/// <param name="Produced">The production date printed on the briefing, or null for none (no clock is read: outputs stay byte-deterministic).</param>
/// <param name="AreaLevel">The level briefed when the command line names none (cluster, HSCP/CHP or board).</param>
/// <param name="Geography">Where the practice → area hierarchy and the practice populations come from.</param>
/// <param name="Period">The months covered, or the label of an annual publication.</param>
/// <param name="Comparators">The levels the briefed area is compared with (those above its level are used), top-down order as written.</param>
/// <param name="Policy">The disclosure policy (a preset name or a policy file).</param>
/// <param name="Headline">The indicator shown on the funnel, the trend and by deprivation.</param>
/// <param name="Indicators">The indicators, in the order the summary shows them.</param>
public sealed record BriefingDefinition(
    string SourceFile,
    string Title,
    string? Contact,
    DateOnly? Produced,
    AreaLevel AreaLevel,
    GeographySource Geography,
    PeriodDefinition Period,
    IReadOnlyList<AreaLevel> Comparators,
    SuppressionPolicy Policy,
    string Headline,
    IReadOnlyList<IndicatorDefinition> Indicators)
{
    /// <summary>The area briefed when the command line names none, or null.</summary>
    public string? AreaCode { get; init; }

    /// <summary>
    /// True when the data are synthetic (the bundled sample): every page then carries a "synthetic data" banner. Also
    /// true when any input file lies in a folder named <c>data-samples</c>, so a copied definition cannot lose it.
    /// </summary>
    public bool Synthetic
    {
        get => synthetic || new[] { Geography.Lookup }.Concat(Indicators.Select(i => i.File))
            .Any(f => f.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Contains("data-samples", StringComparer.Ordinal));
        init => synthetic = value;
    }

    private readonly bool synthetic;

    /// <summary>
    /// The release key file that keys the practice letters (<see cref="PracticeAnonymiser"/>), or null to key them by
    /// the unpublished input files. Keep it outside the published folder; one key per release.
    /// </summary>
    public string? ReleaseKeyFile { get; init; }

    /// <summary>The prescribing measures the briefing shows (<c>$.prescribing</c>), or null when it has none.</summary>
    public PrescribingDefinition? Prescribing { get; init; }

    /// <summary>The headline indicator.</summary>
    public IndicatorDefinition HeadlineIndicator => Indicators.Single(i => string.Equals(i.Name, Headline, StringComparison.Ordinal));

    /// <summary>Reads and checks a definition file (see <see cref="BriefingDefinitionReader.Read"/>).</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="DefinitionException">The file, its JSON path, the value and what is allowed.</exception>
    public static BriefingDefinition Load(string path) => BriefingDefinitionReader.Read(path);
}
