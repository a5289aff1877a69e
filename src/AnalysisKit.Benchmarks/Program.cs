using AnalysisKit.Benchmarks;

// Usage: dotnet run -c Release --project src/AnalysisKit.Benchmarks -- [suite ...] [--dry]
var dry = args.Contains("--dry");
var wanted = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
var suites = typeof(IBenchmarkSuite).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBenchmarkSuite).IsAssignableFrom(t))
    .Select(t => (IBenchmarkSuite)Activator.CreateInstance(t)!)
    .Where(s => wanted.Count == 0 || wanted.Contains(s.Name))
    .OrderBy(s => s.Name, StringComparer.Ordinal)
    .ToList();

if (suites.Count == 0)
{
    Console.Error.WriteLine($"No benchmark suite matches '{string.Join(' ', wanted)}'.");
    return 2;
}

foreach (var suite in suites)
{
    Console.WriteLine($"== {suite.Name}{(dry ? " (dry run: tiny input, figures meaningless)" : "")} ==");
    suite.Run(dry, Console.Out);
}

return 0;
