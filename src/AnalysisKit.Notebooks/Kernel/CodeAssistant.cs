using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnalysisKit.Notebooks.Kernel;

/// <summary>
/// Answers is_complete, complete and inspect requests with Roslyn's syntax and semantic model of the cell continued
/// from the session's state (Roslyn's completion service lives in Microsoft.CodeAnalysis.Features, which is not
/// available, so completions are the symbols in scope or the members of the expression before a dot).
/// </summary>
internal static class CodeAssistant
{
    private static readonly CSharpParseOptions ScriptOptions = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script);

    /// <summary>"complete" or "incomplete" (an unclosed brace, string or statement), as Jupyter's is_complete_reply wants.</summary>
    public static string IsComplete(string code) =>
        code.Trim().Length == 0 || SyntaxFactory.IsCompleteSubmission(SyntaxFactory.ParseSyntaxTree(code, ScriptOptions)) ? "complete" : "incomplete";

    /// <summary>Names that complete the word at <paramref name="cursor"/>, with the span of that word.</summary>
    public static (IReadOnlyList<string> Matches, int Start, int End) Complete(NotebookSession session, string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_'))
        {
            start--;
        }

        var prefix = code[start..cursor];
        var (model, tree) = Model(session, code);
        IEnumerable<ISymbol> symbols;
        if (start > 0 && code[start - 1] == '.'
            && tree.GetRoot().FindToken(start - 1).Parent is MemberAccessExpressionSyntax access)
        {
            var target = model.GetSymbolInfo(access.Expression).Symbol;
            symbols = target is INamespaceOrTypeSymbol container
                ? model.LookupStaticMembers(start, container)
                : model.GetTypeInfo(access.Expression).Type is { } type ? model.LookupSymbols(start, type, includeReducedExtensionMethods: true) : [];
        }
        else
        {
            symbols = model.LookupSymbols(start);
        }

        var matches = symbols
            .Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => s.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return (matches, start, cursor);
    }

    /// <summary>The signature and XML documentation summary of the symbol at <paramref name="cursor"/>, or null.</summary>
    public static string? Inspect(NotebookSession session, string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var (model, tree) = Model(session, code);
        var token = tree.GetRoot().FindToken(Math.Max(0, cursor > 0 && (cursor == code.Length || !char.IsLetterOrDigit(code[cursor])) ? cursor - 1 : cursor));
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            var info = model.GetSymbolInfo(node);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node);
            if (symbol is not null)
            {
                var text = symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
                var xml = symbol.GetDocumentationCommentXml(System.Globalization.CultureInfo.InvariantCulture);
                var summary = Summary(xml);
                return summary is null ? text : text + "\n\n" + summary;
            }
        }

        return null;
    }

    private static (SemanticModel Model, SyntaxTree Tree) Model(NotebookSession session, string code)
    {
        var compilation = session.CurrentScript.ContinueWith(code).GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        return (compilation.GetSemanticModel(tree), tree);
    }

    private static string? Summary(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            var summary = System.Xml.Linq.XElement.Parse(xml).Element("summary");
            return summary is null ? null : string.Join(" ", summary.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
