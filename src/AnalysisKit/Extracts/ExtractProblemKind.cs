namespace AnalysisKit.Extracts;

/// <summary>The kinds of problem the loader and its checks report. Each has one message in <see cref="ExtractMessages"/>.</summary>
public enum ExtractProblemKind
{
    /// <summary>A row has more or fewer fields than the header.</summary>
    RaggedRow,

    /// <summary>A cell's text is not a value of the column's declared type.</summary>
    Unparseable,

    /// <summary>A required column's cell is blank (with no marker saying why).</summary>
    RequiredBlank,

    /// <summary>A <c>…QF</c> flag says the value is missing, but the value cell holds a number.</summary>
    FlaggedValuePresent,

    /// <summary>A <c>…QF</c> flag that is none of the PHS qualifiers (c, :, z, d, p, r, e): its meaning cannot be known.</summary>
    UnknownQualifier,

    /// <summary>The same key (e.g. practice and month) appears in an earlier row.</summary>
    DuplicateKey,

    /// <summary>A count is below zero.</summary>
    NegativeCount,

    /// <summary>A numerator exceeds its denominator in the same row.</summary>
    NumeratorAboveDenominator,

    /// <summary>A list size is zero, so every rate for that practice is undefined.</summary>
    ListSizeZero,

    /// <summary>A practice code is not in the geography lookup or known set.</summary>
    UnknownPractice,

    /// <summary>A practice has no row for a month inside the extract's span (a warning).</summary>
    MissingMonth,

    /// <summary>A practice's value changes between consecutive months by more than the allowed factor (a warning).</summary>
    ImplausibleJump,
}
