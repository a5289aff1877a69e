using System.Globalization;

namespace AnalysisKit.Notebooks;

/// <summary>Every message the notebook engine shows, in one place so wording stays consistent and each is tested.</summary>
public static class NotebookMessages
{
    /// <summary>The notebook metadata key AnalysisKit reads and writes (<c>metadata.akit</c>).</summary>
    public const string MetadataKey = "akit";

    /// <summary>The flag under <see cref="MetadataKey"/> that marks a notebook for internal use only; its value is the reason.</summary>
    public const string InternalUseOnlyKey = "internal_use_only";

    /// <summary>Where a refused output was going: the cell and what kind of value it showed.</summary>
    public static string OutputPlace(int cellNumber, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"cell {cellNumber} output ({kind})");

    /// <summary>One shown cell of a tabular output; <paramref name="row"/> is the row index the output shows (from 0).</summary>
    public static string OutputCell(string output, string column, int row) =>
        string.Create(CultureInfo.InvariantCulture, $"{output}, column '{column}', row {row}");

    /// <summary>One line of a text output (console text, plain text, HTML text), from 1.</summary>
    public static string OutputLine(string output, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"{output}, line {line}");

    /// <summary>One of several tables in an output, from 1.</summary>
    public static string OutputTable(string output, int table) =>
        string.Create(CultureInfo.InvariantCulture, $"{output}, table {table}");

    /// <summary>The text of an HTML attribute (title, alt, data-*) in an output.</summary>
    public static string OutputAttribute(string output) => output + ", attribute text";

    /// <summary>A rate or percentage beside its denominator gives back a small count.</summary>
    public static string DerivedCount(string where, string rule) =>
        $"Refused: {where} shows a rate or percentage that, with the whole number beside it, gives back a count that must not be published ({rule}); " +
        "the values are not repeated here because this message is kept with the output.";

    /// <summary>A histogram's bar heights cannot be checked.</summary>
    public static string HistogramRefused(string where) =>
        $"Refused: {where} is a histogram: its bar heights are counted in the browser from the raw values, so they cannot be checked for small counts.";

    /// <summary>What the analyst can do about a refused output: advice for its kind, then the explicit opt-outs.</summary>
    internal static string OutputRefused(string refusal, Guard.OutputAdvice advice) => refusal + " " + advice switch
    {
        Guard.OutputAdvice.Table => "Show the suppressed table instead (AnalysisKit.Disclosure.Suppressor.Apply); if the column holds labels, not counts " +
                                    "(a quintile, a rank), say so with the reason: display(frame.WithLabelColumns([\"<column>\"], \"<why they are not counts>\"))",
        Guard.OutputAdvice.Chart => "Draw the chart from suppressed counts (AnalysisKit.Charts withholds small counts; draw a bar chart of the published counts " +
                                    "of Suppressor.Apply instead of a histogram)",
        Guard.OutputAdvice.Error => "The exception's message is withheld because it may quote the data; write messages that name the row or column, not the value",
        Guard.OutputAdvice.Console => "Console text cannot carry a reason: show suppressed or banded figures instead (Suppressor.Apply, or words such as " +
                                      "\"fewer than 5\"); if the number is not a count of people (a label, a rank), show the text with display(\"<text>\".AsLabel(\"<why it is not a count>\"))",
        _ => "Show suppressed or banded figures instead (Suppressor.Apply, or words such as \"fewer than 5\"); if the number is not a count of people " +
             "(a label, a rank), show the text with the reason: display(\"<text>\".AsLabel(\"<why it is not a count>\"))",
    } + OptOutAdvice;

    /// <summary>The explicit opt-outs, each with a reason, that every refusal ends with.</summary>
    public const string OptOutAdvice =
        "; or, for work that stays on your machine, opt out with the reason: a cell #!internal-use-only <reason> (this session, recorded in the notebook), " +
        "notebook metadata \"akit\": {\"internal_use_only\": \"<reason>\"}, or akit run/batch --internal-use-only \"<reason>\".";

    /// <summary>What a front end publishes in place of a refused output.</summary>
    public static string Withheld(string refusal) => "Output withheld. " + refusal;

    /// <summary>Why a library result's non-count columns are labels (recorded in its output's metadata).</summary>
    public const string ResultLabelReason =
        "an AnalysisKit result: these columns are statistics, limits, labels, parts, ranks and dates; its counts (numerators, denominators, observed, events, values) are checked";

    /// <summary><c>WithLabelColumns</c> or <c>AsLabel</c> without a reason.</summary>
    public const string LabelNeedsReason =
        "A label needs the reason it is not a count, as text (e.g. \"SIMD quintile 1–5 is a label, not a count\"); the reason is recorded with the output.";

    /// <summary><c>#!internal-use-only</c> without a reason.</summary>
    public const string SessionOptOutNeedsReason =
        "#!internal-use-only needs the reason, e.g. #!internal-use-only QA of the March extract on my screen; it is recorded in the notebook.";

    /// <summary>Who opted out, when a cell's <c>#!internal-use-only</c> did.</summary>
    public static string SessionOptOutSetBy(int cellNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"cell {cellNumber} (#!internal-use-only)");

    /// <summary>The output a cell's <c>#!internal-use-only</c> shows (and whose metadata records the reason).</summary>
    public static string SessionOptOutBanner(string reason, string setBy) =>
        $"INTERNAL USE ONLY from here on — outputs of this session are not checked by disclosure control, not for release. Reason: {reason} (set by {setBy}).";

    /// <summary><c>WithLabelColumns</c> was called with no column.</summary>
    public const string NoLabelColumns = "WithLabelColumns needs at least one column name: the columns that hold labels (a quintile, a rank), not counts.";

    /// <summary><c>WithLabelColumns</c> named a column the frame does not have.</summary>
    public static string UnknownLabelColumn(string column, IEnumerable<string> columns) =>
        $"WithLabelColumns: the frame has no column '{column}'; its columns are {string.Join(", ", columns.Select(c => "'" + c + "'"))}.";

    /// <summary>The notebook's internal-use-only flag is not a reason.</summary>
    public static string InternalUseOnlyNotAReason(string found) =>
        $"notebook metadata \"akit\": {{\"internal_use_only\": ...}} must be the reason as non-empty text (e.g. \"QA of the March extract, not for release\"); found {found}.";

    /// <summary>Said on standard error and in the HTML page when a run's outputs were not checked by disclosure control.</summary>
    public static string InternalUseOnlyBanner(string reason, string setBy) =>
        $"INTERNAL USE ONLY — outputs not checked by disclosure control, not for release. Reason: {reason} (set by {setBy}).";

    /// <summary>The notebook JSON lacks a <c>cells</c> array.</summary>
    public const string NoCellsArray = "the notebook has no \"cells\" array; expected an nbformat 4 .ipynb document.";

    /// <summary>A cell that is not a JSON object.</summary>
    public const string CellNotObject = "a cell is not a JSON object; expected {\"cell_type\": ..., \"source\": ...}.";

    /// <summary><c>display</c> was called outside a running cell.</summary>
    public const string DisplayOutsideCell = "display() and .Display() can only be called from code running in a notebook cell.";

    /// <summary>A timed-out cell ignored cancellation and may still be running.</summary>
    public const string SessionFaulted =
        "The session stopped running cells because an earlier cell timed out and ignored cancellation; its code may still be running. " +
        "Start a new process (akit run --isolate runs each notebook in its own worker process).";

    /// <summary><c>#i</c> (add a package source) is not supported.</summary>
    public const string UnsupportedPackageSource =
        "#i (add a NuGet package source) is not supported: the engine never downloads; packages are resolved from the local NuGet cache only.";

    /// <summary>The document is not valid JSON.</summary>
    public static string NotJson(string fileName, long line, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"{fileName}: not a valid .ipynb notebook (JSON error near line {line}: {problem}).");

    /// <summary>The nbformat major version is not 4.</summary>
    public static string UnsupportedNbformat(string fileName, string value) =>
        $"{fileName}: nbformat is {value}; only nbformat 4 notebooks are supported (open and save it in VS Code or Jupyter to upgrade).";

    /// <summary>An output type other than stream, display_data, execute_result or error.</summary>
    public static string UnknownOutputType(string? type) =>
        $"unknown output_type '{type ?? "missing"}'; expected stream, display_data, execute_result or error.";

    /// <summary>Text in a .dib file before the first <c>#!kernel</c> line.</summary>
    public static string DibTextBeforeFirstKernel(string fileName, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {line}: text before the first cell; a .dib cell starts with a line such as #!csharp or #!markdown.");

    /// <summary>The <c>#!meta</c> block is not JSON.</summary>
    public static string DibBadMeta(string fileName, int line, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {line}: the #!meta block is not valid JSON ({problem}).");

    /// <summary>The notebook file does not exist.</summary>
    public static string NotebookNotFound(string path) => $"Notebook not found: {path}.";

    /// <summary>The notebook's extension is neither .ipynb nor .dib.</summary>
    public static string UnknownExtension(string path) =>
        $"{path}: unknown notebook format '{Path.GetExtension(path)}'; expected .ipynb or .dib.";

    /// <summary>A parameter read with <c>Parameter&lt;T&gt;</c> was not given.</summary>
    public static string ParameterMissing(string name) => $"Parameter '{name}' was not given; pass it with -p {name}=value.";

    /// <summary>Rows of a DataFrame not shown.</summary>
    public static string MoreRows(long more, long total) =>
        string.Create(CultureInfo.InvariantCulture, $"… {more} more rows ({total} in all)");

    /// <summary>A cell read standard input (Console.ReadLine), which notebooks run headless and by the kernel do not have.</summary>
    public const string NoStandardInput =
        "Console.ReadLine and Console.Read are not available in a notebook cell: akit run, batch, test and the akit kernel run cells " +
        "without a keyboard. Give the value as a parameter instead (a variable in the 'parameters' cell, set with -p name=value) or read it from a file.";

    /// <summary>Shown in place of a chart on a page that has no plotly.js (nothing is loaded from the internet).</summary>
    public const string ChartNeedsPlotlyJs =
        "This chart needs plotly.js, which this page does not include (AnalysisKit never loads it from the internet). " +
        "Open the notebook with the AnalysisKit kernel in VS Code or JupyterLab, or export it with 'akit run … --html page.html', which embeds plotly.js.";

    /// <summary>A stream limit that is zero or negative.</summary>
    public const string StreamLimitNotPositive = "StreamLimit must be a positive number of characters.";

    /// <summary>A timeout that is zero or negative.</summary>
    public static string TimeoutNotPositive(string name) => $"{name} must be a positive time span (or null for no limit).";

    /// <summary>A cell passed its time limit.</summary>
    public static string CellTimedOut(TimeSpan timeout, bool stopped) =>
        string.Create(CultureInfo.InvariantCulture, $"The cell did not finish within its time limit of {timeout.TotalSeconds:0.###} s") +
        (stopped ? " and was stopped." : "; it ignored cancellation and was abandoned (the process must end to stop it).");

    /// <summary>The error name of an interrupted cell: the name Jupyter front ends know from ipykernel's Ctrl+C.</summary>
    public const string InterruptedName = "KeyboardInterrupt";

    /// <summary>A cell was interrupted by the caller (a Jupyter interrupt).</summary>
    public static string CellInterrupted(bool stopped) =>
        "interrupted" + (stopped ? string.Empty : "; the cell ignored cancellation and was abandoned (the process must end to stop it)");

    /// <summary>A <c>#!</c> kernel or magic command the engine does not run.</summary>
    public static string UnsupportedDirective(string directive) =>
        $"{directive} is not supported: this engine runs C# only (#!csharp) and no magic commands. Move the code into a C# cell or run it elsewhere.";

    /// <summary>A cell whose kernel is not C#.</summary>
    public static string UnsupportedKernel(string kernel) =>
        $"The cell's kernel is '{kernel}'; this engine runs C# cells only (kernel 'csharp').";

    /// <summary>A package is not in the local NuGet cache.</summary>
    public static string NuGetPackageNotCached(string id, string? version, string folder) =>
        $"#r \"nuget: {id}{(version is null ? string.Empty : ", " + version)}\": the package is not in the local NuGet cache ({folder}). " +
        "The engine does not download packages: restore it once (e.g. add it to a project and run dotnet restore) or use a package the host provides.";

    /// <summary>A cached package has no assemblies for a framework the host can load.</summary>
    public static string NuGetNoCompatibleFramework(string id, string folder) =>
        $"#r \"nuget: {id}\": {folder} has no lib/ folder for net10.0 or an earlier compatible framework.";

    /// <summary>The notebook asked for a different version of a package the host has loaded.</summary>
    public static string HostVersionUsed(string id, string requested, string hostVersion) =>
        $"note: #r \"nuget: {id}, {requested}\" uses the host's loaded {id} {hostVersion} (one copy per process).";

    /// <summary>A <c>#r</c> path that does not exist.</summary>
    public static string ReferenceNotFound(string file, string fullPath) =>
        $"#r \"{file}\": no such file ({fullPath}).";

    /// <summary>A parameter argument without <c>=</c>.</summary>
    public static string ParameterNotNameValue(string argument) =>
        $"Parameter '{argument}' is not name=value (e.g. -p cluster=S12345).";

    /// <summary>A parameter name that is not a C# identifier.</summary>
    public static string ParameterNameInvalid(string argument, string name) =>
        $"Parameter '{argument}': '{name}' is not a valid C# variable name (letters, digits and _, not starting with a digit, not a keyword).";

    /// <summary>The whole-notebook time limit was reached.</summary>
    public static string NotebookTimedOut(TimeSpan timeout) =>
        string.Create(CultureInfo.InvariantCulture, $"The notebook did not finish within its time limit of {timeout.TotalSeconds:0.###} s.");

    /// <summary>Parameters were given but no cell is tagged <c>parameters</c>.</summary>
    public const string NoParametersCell =
        "note: no cell is tagged 'parameters'; the injected-parameters cell was put first (as papermill does).";

    /// <summary>A <c>-p</c> parameter that the notebook's parameters cell does not declare (most likely a typo).</summary>
    public static string ParameterNotDeclared(string name, IReadOnlyList<string> declared) =>
        $"warning: parameter '{name}' is not declared in the notebook's 'parameters' cell " +
        $"({(declared.Count == 0 ? "it declares no variables" : "it declares " + string.Join(", ", declared))}); " +
        $"it was injected as 'var {name} = …;' but the notebook's code may not use it. Check the spelling.";

    /// <summary>A cell tagged <c>raises-exception</c> ran without error.</summary>
    public const string ExpectedException = "The cell is tagged 'raises-exception' but ran without an error.";

    /// <summary>A fresh run whose cells do not line up with the stored notebook.</summary>
    public static string CellCountsDiffer(int stored, int fresh) =>
        string.Create(CultureInfo.InvariantCulture, $"The stored notebook has {stored} cells and the fresh run {fresh}; compare runs without injected parameters.");

    /// <summary>
    /// The note after a cell whose console text passed the per-cell limit: how much of each stream was cut and how to
    /// see it all.
    /// </summary>
    public static string StreamCut(long limit, IReadOnlyList<(string Stream, long Characters, long Lines)> cut)
    {
        ArgumentNullException.ThrowIfNull(cut);
        var parts = cut.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Characters:N0} characters ({c.Lines:N0} lines) of {c.Stream}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"[output cut: this cell wrote more than {limit:N0} characters of console text; the rest was not kept: {string.Join(", ", parts)}. ") +
            "Write large results to a file instead, or raise NotebookSessionOptions.StreamLimit.]";
    }
}
