using System.CommandLine;

namespace AnalysisKit.Cli;

/// <summary>
/// Builds one top-level <c>akit</c> command. Every non-abstract implementation with a parameterless constructor in
/// this assembly is found by <see cref="AkitCommands"/>, so adding a command is adding one file.
/// </summary>
public interface ICommandFactory
{
    /// <summary>Creates the command with its options, subcommands and action.</summary>
    Command Create();
}
