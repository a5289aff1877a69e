using System.Text;

namespace AnalysisKit.Extracts;

/// <summary>How to read an extract file: delimiter and encoding for CSV, the checks to run, and whether bad rows stop the load.</summary>
public sealed record ExtractLoadOptions
{
    /// <summary>UTF-8 that throws on invalid bytes.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Defaults: comma, UTF-8 (a BOM is honoured), schema checks only, errors stop the load.</summary>
    public static ExtractLoadOptions Default { get; } = new();

    /// <summary>The CSV field delimiter. Default ','.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>
    /// The text encoding. Default strict UTF-8: bytes that are not UTF-8 stop the load with the byte offset, instead of
    /// becoming U+FFFD. Use <see cref="Windows1252"/> for extracts saved by Excel on Windows.
    /// </summary>
    public Encoding Encoding { get; init; } = StrictUtf8;

    /// <summary>True to move rows with errors into <see cref="Extract.Quarantine"/> with their reasons instead of stopping the load.</summary>
    public bool QuarantineBadRows { get; init; }

    /// <summary>
    /// Cell markers to use instead of <see cref="ExtractMarkers.CellMarkers"/>, for publications whose markers differ
    /// (e.g. an ISD year that used <c>-</c> where other years used <c>*</c>); compared ignoring case. Null for the defaults.
    /// </summary>
    public IReadOnlyDictionary<string, MissingReason>? Markers { get; init; }

    /// <summary>The checks run while loading.</summary>
    public ExtractRules Rules { get; init; } = ExtractRules.None;

    /// <summary>The longest field accepted, in characters; longer fields stop the load. Range: ≥ 1; default 1,048,576.</summary>
    public int MaxFieldLength { get; init; } = 1 << 20;

    /// <summary>
    /// How many parts of a large CSV file (4 MiB or more) are parsed at the same time, each on its own thread; 1 reads
    /// every file in one pass (as does any value below 2). Default: the number of processors. The extract is the same either way — same rows, values,
    /// problems and errors — because a part that disagrees with the plan, or any row with a problem, sends the whole
    /// file through the sequential pass.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Files smaller than this are read in one pass (tests lower it to split small files).</summary>
    internal long ParallelMinimumBytes { get; init; } = 4L << 20;

    /// <summary>Windows-1252 (Western European), as written by Excel's "CSV" on Windows; registers the code-pages provider.</summary>
    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}
