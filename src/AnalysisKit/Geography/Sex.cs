namespace AnalysisKit.Geography;

/// <summary>Sex as recorded on the practice list (PHS open data publishes Male, Female and a derived All).</summary>
public enum Sex
{
    /// <summary>Female patients.</summary>
    Female,

    /// <summary>Male patients.</summary>
    Male,
}
