namespace AnalysisKit.Geography;

/// <summary>A GP cluster as at a hierarchy's effective date.</summary>
/// <param name="Code">The cluster code (in PHS open data, where clusters have no code, the cluster name).</param>
/// <param name="Name">The cluster name, e.g. "Dundee 4".</param>
/// <param name="HscpCode">The S37 code of the partnership the cluster belongs to.</param>
/// <param name="BoardCode">The S08 code of the board.</param>
public sealed record GpCluster(string Code, string Name, string HscpCode, string BoardCode);
