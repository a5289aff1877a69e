using System.CommandLine;
using AnalysisKit.Cli;

var root = new RootCommand("akit — AnalysisKit for GP practice and cluster analysis in NHS Scotland.");
foreach (var command in AkitCommands.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
