using System.Reflection;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// One name per concept: a notebook imports every public namespace of the library together and uses any type by its
/// simple name without CS0104 (ambiguous reference).
/// </summary>
public sealed class PublicApiNamesTests
{
    private static readonly Assembly[] Ours = [typeof(AnalysisKit.Geography.GeographyLevel).Assembly, typeof(NotebookEngine).Assembly];

    private static List<Type> PublicTypes() =>
        Ours.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsNested && t.Namespace is not null).ToList();

    private static string SimpleName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;

    [Fact]
    public void NoTwoPublicTypes_ShareASimpleName()
    {
        var clashes = PublicTypes().GroupBy(SimpleName).Where(g => g.Count() > 1)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(t => t.FullName))).ToList();

        Assert.True(clashes.Count == 0, "public types sharing a simple name:\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void NoPublicType_SharesANameWithATypeTheNotebookImportsByDefault()
    {
        var imported = new HashSet<string>(NotebookSessionOptions.DefaultImports.Where(n => !n.StartsWith("AnalysisKit", StringComparison.Ordinal)), StringComparer.Ordinal);
        var theirs = NotebookSessionOptions.DefaultReferences.Where(a => !Ours.Contains(a))
            .SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsNested && t.Namespace is not null && imported.Contains(t.Namespace))
            .Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        // Names compared with their generic arity (Comparison is not System.Comparison`1: C# tells them apart).
        var clashes = PublicTypes().Where(t => theirs.Contains(t.Name)).Select(t => t.FullName).ToList();

        Assert.True(clashes.Count == 0, "public types named like a type every notebook imports:\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void ACellImportingEveryPublicNamespace_CompilesWithoutAmbiguity()
    {
        var types = PublicTypes();
        var usings = types.Select(t => t.Namespace!).Distinct().Order(StringComparer.Ordinal).Select(n => $"using {n};");
        var every = types.Select(t => t.IsGenericType ? $"typeof({SimpleName(t)}<{new string(',', t.GetGenericArguments().Length - 1)}>)" : $"typeof({t.Name})");
        var code = string.Join("\n", usings) + "\n" +
                   "var everyType = new System.Type[] { " + string.Join(", ", every) + " };\n" +
                   // The everyday vocabulary, as an analyst writes it with every namespace imported.
                   "Polarity polarity = Polarity.HigherIsBetter; Significance significance = Significance.NotDifferent;\n" +
                   "SpcPointType point = SpcPointType.CommonCause; FunnelUnit unit = new FunnelUnit(\"A\", 1, 10);\n" +
                   "SpcPoint spc = new SpcPoint(new DateOnly(2024, 1, 1), 1); FunnelChartPoint drawn = null; SpcChartPoint plotted = null;\n" +
                   "ChartFigure figure = null; DataFrame frame = null; GeographyLevel level = GeographyLevel.Cluster;";
        var engine = new NotebookEngine();

        var compiled = engine.Compile(engine.Root, code, []);

        var errors = compiled.Errors.Select(e => e.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(types.Count > 100, $"{types.Count} public types");
    }
}
