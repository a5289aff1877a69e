using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnalysisKit.Notebooks.Kernel;

/// <summary>
/// Answers is_complete, complete and inspect requests with Roslyn's syntax and semantic model of the cell continued
/// from the session's state (Roslyn's completion service lives in Microsoft.CodeAnalysis.Features, which is not
/// available, so completions are the symbols in scope, the members of the expression before a dot, or the namespaces
/// and types of the namespace before a dot in a <c>using</c> or a qualified name).
/// </summary>
internal static class CodeAssistant
{
    private static readonly CSharpParseOptions ScriptOptions = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script);

    /// <summary>How a symbol is shown: <c>double Math.Sqrt(double d)</c>, <c>class DataFrame</c> (namespaces left out).</summary>
    private static readonly SymbolDisplayFormat Signature = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType
                       | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword | SymbolDisplayKindOptions.IncludeNamespaceKeyword,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
                          | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeDefaultValue,
        localOptions: SymbolDisplayLocalOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>A variable's type: <c>DataFrame</c>, <c>int</c>, <c>List&lt;string&gt;</c>.</summary>
    private static readonly SymbolDisplayFormat TypeName = SymbolDisplayFormat.MinimallyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>A documented type with its namespace, so the reader sees where it comes from: <c>Microsoft.Data.Analysis.DataFrame</c>.</summary>
    private static readonly SymbolDisplayFormat QualifiedTypeName = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>
    /// Jupyter's is_complete status: <c>incomplete</c> when more input could finish the code (an unclosed brace, string
    /// or statement: the front end keeps reading lines), <c>invalid</c> when it is a whole submission that cannot parse
    /// (<c>var x = ;</c>: running it shows the error), else <c>complete</c>. Semantic errors (an unknown name) are
    /// <c>complete</c>: only running the cell reports them.
    /// </summary>
    public static string IsComplete(string code)
    {
        if (code.Trim().Length == 0)
        {
            return "complete";
        }

        var tree = SyntaxFactory.ParseSyntaxTree(code, ScriptOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            return "incomplete";
        }

        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? "invalid" : "complete";
    }

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
        var symbols = start > 0 && code[start - 1] == '.'
            ? AfterDot(model, tree.GetRoot().FindToken(start - 1).Parent, start)
            : model.LookupSymbols(start);

        var matches = symbols
            .Where(s => s.CanBeReferencedByName && !IsScriptClass(s) && s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => s.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return (matches, start, cursor);
    }

    /// <summary>
    /// What the symbol at <paramref name="cursor"/> is, for the inspect reply: its signature (a variable with its type:
    /// <c>(variable) DataFrame frame</c>; a method with parameter types and names), then its XML documentation summary —
    /// for a variable, its type's. Null when the cursor is on no symbol.
    /// </summary>
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
                return Describe(symbol);
            }
        }

        return null;
    }

    private static string Describe(ISymbol symbol)
    {
        // A variable from an earlier cell is a field of that cell's script class: show it as the variable it was written as.
        var (heading, documented) = symbol switch
        {
            ILocalSymbol local => ($"(variable) {local.Type.ToDisplayString(TypeName)} {local.Name}", (ISymbol)local.Type),
            IFieldSymbol field when field.ContainingType?.IsScriptClass == true => ($"(variable) {field.Type.ToDisplayString(TypeName)} {field.Name}", field.Type),
            IPropertySymbol property when property.ContainingType?.IsScriptClass == true => ($"(variable) {property.Type.ToDisplayString(TypeName)} {property.Name}", property.Type),
            IParameterSymbol parameter => ($"(parameter) {parameter.Type.ToDisplayString(TypeName)} {parameter.Name}", parameter.Type),
            IMethodSymbol method when method.ContainingType?.IsScriptClass == true => (method.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), method),
            _ => (symbol.ToDisplayString(Signature), symbol),
        };
        var documentation = XmlDocumentation.Describe(documented);
        if (documentation is not null && !ReferenceEquals(documented, symbol))
        {
            documentation = documented.ToDisplayString(QualifiedTypeName) + ": " + documentation;
        }

        return documentation is null ? heading : heading + "\n\n" + documentation;
    }

    /// <summary>The members of what is before the dot: a namespace's namespaces and types, a type's static members, a value's members.</summary>
    private static IEnumerable<ISymbol> AfterDot(SemanticModel model, SyntaxNode? dotParent, int position)
    {
        var left = dotParent switch
        {
            MemberAccessExpressionSyntax access => (SyntaxNode)access.Expression,
            QualifiedNameSyntax qualified => qualified.Left,
            _ => null,
        };
        if (left is null)
        {
            return [];
        }

        var target = model.GetSymbolInfo(left).Symbol ?? model.GetSymbolInfo(left).CandidateSymbols.FirstOrDefault();
        var inUsing = dotParent!.Ancestors().Any(a => a is UsingDirectiveSyntax);
        return target switch
        {
            INamespaceSymbol ns when inUsing => model.LookupNamespacesAndTypes(position, ns).Where(s => s is INamespaceSymbol || IsStaticUsingCandidate(dotParent)),
            INamespaceSymbol ns => model.LookupNamespacesAndTypes(position, ns),
            ITypeSymbol type => model.LookupStaticMembers(position, type).Concat(model.LookupNamespacesAndTypes(position, type)),
            _ => model.GetTypeInfo(left).Type is { } valueType ? model.LookupSymbols(position, valueType, includeReducedExtensionMethods: true) : [],
        };
    }

    private static bool IsStaticUsingCandidate(SyntaxNode node) =>
        node.Ancestors().OfType<UsingDirectiveSyntax>().FirstOrDefault()?.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) == true;

    private static bool IsScriptClass(ISymbol symbol) => symbol is INamedTypeSymbol { IsScriptClass: true };

    private static (SemanticModel Model, SyntaxTree Tree) Model(NotebookSession session, string code)
    {
        var compilation = session.CurrentScript.ContinueWith(code).GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        return (compilation.GetSemanticModel(tree), tree);
    }
}
