using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace AnalysisKit.Notebooks;

/// <summary>
/// The compiler side of the notebook engine: script options set once, and a cache of compiled cells keyed by the
/// cell before them and their text. Sessions created from one engine share compiled cells, so a batch that runs the
/// same notebook for 147 clusters compiles each cell once (Roslyn submissions never unload, roslyn #41722).
/// </summary>
public sealed class NotebookEngine
{
    private readonly Dictionary<(Script Parent, string Code, string References), CompiledCell> cache = [];
    private readonly object gate = new();
    private readonly Lazy<Script<object>> root;

    /// <summary>Creates an engine; nothing is compiled until the first session runs a cell.</summary>
    public NotebookEngine(NotebookSessionOptions? options = null)
    {
        Options = options ?? new NotebookSessionOptions();
        if (Options.CellTimeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), timeout, NotebookMessages.TimeoutNotPositive("CellTimeout"));
        }

        if (Options.StreamLimit <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.StreamLimit, NotebookMessages.StreamLimitNotPositive);
        }

        root = new Lazy<Script<object>>(CreateRoot, LazyThreadSafetyMode.ExecutionAndPublication);
        ConsoleCapture.EnsureInstalled();
    }

    /// <summary>
    /// Starts loading and warming the compiler on a background thread, so that work overlaps with whatever the caller
    /// does before the first cell (reading the notebook, parsing parameters). Optional; the first cell waits for it.
    /// </summary>
    public void WarmUp() => _ = Task.Run(() => root.Value);

    /// <summary>The options every session of this engine uses.</summary>
    public NotebookSessionOptions Options { get; }

    /// <summary>
    /// A new session with empty state; <paramref name="parameters"/> are visible as <c>Parameters</c>.
    /// <paramref name="disclosure"/> checks displayed and trailing values before they become outputs (for outputs that
    /// are stored, as <see cref="NotebookRunner"/> does); null, the default, leaves them unchecked (interactive use).
    /// </summary>
    public NotebookSession CreateSession(IReadOnlyDictionary<string, object?>? parameters = null, AnalysisKit.Disclosure.DisclosureControl? disclosure = null) =>
        new(this, parameters ?? new Dictionary<string, object?>(StringComparer.Ordinal), disclosure);

    internal Script<object> Root => root.Value;

    /// <summary>How many distinct cells this engine has compiled (cache misses); lets tests check compile-once.</summary>
    internal int CompiledCellCount
    {
        get
        {
            lock (gate)
            {
                return cache.Count;
            }
        }
    }

    internal CompiledCell Compile(Script<object> parent, string code, IReadOnlyList<string> referencePaths)
    {
        var key = (parent, code, string.Join('\n', referencePaths));
        lock (gate)
        {
            if (cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var script = referencePaths.Count == 0
            ? parent.ContinueWith(code)
            : parent.ContinueWith(code, parent.Options.AddReferences(referencePaths.Select(p => MetadataReference.CreateFromFile(p))));
        var diagnostics = script.Compile();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        var hasValue = false;
        if (errors.IsEmpty)
        {
            hasValue = HasTrailingValue(script.GetCompilation());
        }

        var compiled = new CompiledCell(script, errors, hasValue);
        lock (gate)
        {
            cache[key] = compiled;
        }

        return compiled;
    }

    /// <summary>True when the cell ends in an expression without a semicolon whose type is not void (its value is shown).</summary>
    private static bool HasTrailingValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax unit
            || unit.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private Script<object> CreateRoot()
    {
        var options = ScriptOptions.Default
            .WithReferences(Options.References)
            .WithImports(Options.Imports)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        var script = CSharpScript.Create<object>(string.Empty, options, typeof(NotebookGlobals));
        script.Compile();
        return script;
    }

    internal sealed record CompiledCell(Script<object> Script, ImmutableArray<Diagnostic> Errors, bool HasValue);
}
