using System.CommandLine;

namespace AnalysisKit.Cli;

/// <summary>The top-level <c>akit</c> commands, discovered from the <see cref="ICommandFactory"/> implementations.</summary>
public static class AkitCommands
{
    /// <summary>Every top-level command, ordered by name so help output is stable.</summary>
    public static IReadOnlyList<Command> All() =>
        typeof(AkitCommands).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICommandFactory).IsAssignableFrom(t))
            .Select(t => ((ICommandFactory)Activator.CreateInstance(t)!).Create())
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
}
