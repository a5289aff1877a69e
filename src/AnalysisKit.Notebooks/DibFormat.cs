using System.Text;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Reads and writes the Polyglot <c>.dib</c> text format: an optional <c>#!meta</c> block of JSON, then cells each
/// opened by a <c>#!kernel</c> line (<c>#!csharp</c>, <c>#!markdown</c>, …). A <c>.dib</c> has no outputs and no
/// per-cell metadata, so a C# cell whose first line is <c>// parameters</c> is the papermill parameters cell.
/// </summary>
public static class DibFormat
{
    /// <summary>The comment that marks the parameters cell of a <c>.dib</c>.</summary>
    public const string ParametersMarker = "// parameters";

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
                    var tags = source.StartsWith(ParametersMarker, StringComparison.Ordinal) ? new[] { "parameters" } : [];
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
            if (line.StartsWith("#!", StringComparison.Ordinal) && KnownKernels.Contains(line[2..].Trim()))
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
