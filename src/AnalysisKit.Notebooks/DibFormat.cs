using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Reads and writes the Polyglot <c>.dib</c> text format: an optional <c>#!meta</c> block of JSON, then cells each
/// opened by a <c>#!kernel</c> line (<c>#!csharp</c>, <c>#!markdown</c>, …). A <c>.dib</c> has no outputs and no
/// per-cell metadata, so a C# cell whose first line is a <c>// parameters</c> comment (any case, with or without a colon
/// and words after it: <c>// Parameters:</c>, <c>// parameters for the run</c>) is the papermill parameters cell. A
/// <c>#!markdown</c> line inside a C# verbatim or raw string literal, or a block comment, is part of the code, not the
/// start of a cell.
/// </summary>
public static partial class DibFormat
{
    /// <summary>The comment that marks the parameters cell of a <c>.dib</c> (matched case-insensitively; a colon may follow).</summary>
    public const string ParametersMarker = "// parameters";

    // CS1039 unterminated string literal (verbatim), CS8997 unterminated raw string literal, CS1035 end of file in a
    // block comment, CS8076/CS8077 end of file in an interpolated (verbatim) string.
    private static readonly HashSet<string> UnterminatedAtEnd = new(StringComparer.Ordinal) { "CS1039", "CS8997", "CS1035", "CS8076", "CS8077" };

    private static readonly HashSet<string> KnownKernels = new(StringComparer.Ordinal)
    {
        "csharp", "c#", "cs", "fsharp", "f#", "fs", "pwsh", "powershell", "markdown", "md", "javascript", "js",
        "html", "sql", "kql", "mermaid", "value", "http", "meta",
    };

    /// <summary>Parses <c>.dib</c> text into a notebook; <paramref name="fileName"/> is used only in messages.</summary>
    public static Notebook Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var notebook = Notebook.NewCSharp();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? kernel = null;
        var body = new List<string>();
        var lineNumber = 0;
        var kernelLine = 0;

        void Flush()
        {
            if (kernel is null)
            {
                if (body.Any(l => l.Trim().Length > 0))
                {
                    throw new NotebookFormatException(NotebookMessages.DibTextBeforeFirstKernel(fileName, kernelLine + 1));
                }

                return;
            }

            var source = string.Join('\n', Trim(body));
            switch (kernel)
            {
                case "meta":
                    try
                    {
                        if (source.Length > 0 && JsonNode.Parse(source) is JsonObject meta)
                        {
                            notebook.Json["metadata"]!["polyglot_notebook"] = meta.DeepClone();
                        }
                    }
                    catch (System.Text.Json.JsonException ex)
                    {
                        throw new NotebookFormatException(NotebookMessages.DibBadMeta(fileName, kernelLine, ex.Message), ex);
                    }

                    break;
                case "markdown" or "md":
                    notebook.Insert(notebook.Cells.Count, NotebookCell.NewMarkdown(source));
                    break;
                default:
                    var tags = IsParametersComment(source) ? new[] { ParameterInjection.ParametersTag } : [];
                    var cell = NotebookCell.NewCode(source, tags);
                    var name = kernel is "c#" or "cs" ? "csharp" : kernel;
                    cell.Json["metadata"]!["dotnet_interactive"]!["language"] = name;
                    cell.Json["metadata"]!["polyglot_notebook"]!["kernelName"] = name;
                    notebook.Insert(notebook.Cells.Count, cell);
                    break;
            }
        }

        foreach (var line in lines)
        {
            lineNumber++;
            if (line.StartsWith("#!", StringComparison.Ordinal) && KnownKernels.Contains(line[2..].Trim()) && !InsideCSharpLiteral(kernel, body))
            {
                Flush();
                kernel = line[2..].Trim();
                kernelLine = lineNumber;
                body.Clear();
            }
            else
            {
                body.Add(line);
            }
        }

        Flush();
        return notebook;
    }

    /// <summary>
    /// The notebook as <c>.dib</c> text: the <c>#!meta</c> block, then each cell under its kernel line, separated by
    /// blank lines. Outputs are not part of the format and are dropped.
    /// </summary>
    public static string Write(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var text = new StringBuilder();
        if (notebook.Json["metadata"]?["polyglot_notebook"] is JsonObject meta)
        {
            text.Append("#!meta\n\n").Append(meta.ToJsonString()).Append("\n\n");
        }

        foreach (var cell in notebook.Cells)
        {
            var kernel = cell.IsCode ? cell.Kernel ?? notebook.DefaultKernel : "markdown";
            text.Append("#!").Append(kernel).Append("\n\n").Append(cell.Source).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>True when the cell's first line is a <c>// parameters</c> comment (see the class summary).</summary>
    internal static bool IsParametersComment(string source) => ParametersComment().IsMatch(source);

    /// <summary>
    /// True when the C# text so far ends inside a string literal or block comment, so a <c>#!</c> line that follows
    /// belongs to it (a raw or verbatim string can hold any line, including <c>#!markdown</c>).
    /// </summary>
    private static bool InsideCSharpLiteral(string? kernel, List<string> body)
    {
        if (kernel is not ("csharp" or "c#" or "cs") || body.Count == 0)
        {
            return false;
        }

        var text = string.Join('\n', body) + "\n";
        var tree = CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error && UnterminatedAtEnd.Contains(d.Id));
    }

    [GeneratedRegex(@"\A\s*//\s*parameters\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParametersComment();

    private static IEnumerable<string> Trim(List<string> body)
    {
        var start = 0;
        var end = body.Count;
        while (start < end && body[start].Trim().Length == 0)
        {
            start++;
        }

        while (end > start && body[end - 1].Trim().Length == 0)
        {
            end--;
        }

        return body.Skip(start).Take(end - start);
    }
}
