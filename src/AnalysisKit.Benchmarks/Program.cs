using AnalysisKit.Benchmarks;
using AnalysisKit.Benchmarks.Extracts;

// Usage: dotnet run -c Release --project src/AnalysisKit.Benchmarks -- [suite ...] [--dry]
// A whole-process child of the extracts suite does only its one job, before anything else is loaded.
if (args.Length > 0 && args[0] == ExtractsChild.Flag)
{
    return ExtractsChild.RunChild(args);
}

// Writes one corpus file, to measure it with other tools (perf stat, valgrind): --extracts-write pitc 1000000 pitc.csv
if (args.Length == 4 && args[0] == "--extracts-write")
{
    ExtractCorpus.Named(args[1]).Write(args[3], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

var dry = args.Contains("--dry");
var wanted = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
var suites = typeof(IBenchmarkSuite).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBenchmarkSuite).IsAssignableFrom(t))
    .Select(t => (IBenchmarkSuite)Activator.CreateInstance(t)!)
    .Where(s => wanted.Count == 0 ? s.InDefaultRun : wanted.Contains(s.Name))
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
