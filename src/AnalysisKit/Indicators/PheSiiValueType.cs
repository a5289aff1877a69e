namespace AnalysisKit.Indicators;

/// <summary>
/// What kind of indicator PHEindicatormethods' <c>phe_sii</c> is given (its <c>value_type</c>), which decides the scale on
/// which the random draws are made.
/// </summary>
public enum PheSiiValueType
{
    /// <summary><c>value_type = 0</c>: any other indicator (e.g. life expectancy), drawn on its own scale.</summary>
    Normal = 0,

    /// <summary><c>value_type = 1</c>: a rate, drawn on the log scale (the standard error is taken from log-scale limits).</summary>
    Rate = 1,

    /// <summary><c>value_type = 2</c>: a proportion between 0 and 1, drawn on the logit scale.</summary>
    Proportion = 2,
}
