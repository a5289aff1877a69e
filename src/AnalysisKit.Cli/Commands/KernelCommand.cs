using System.CommandLine;
using AnalysisKit.Notebooks;
using AnalysisKit.Notebooks.Kernel;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit kernel --connection-file f.json</c>: runs the Jupyter kernel (how Jupyter and VS Code start it);
/// <c>akit kernel install [--user] [--name n] [--prefix p | --dir d] [--no-polyglot-alias]</c>: writes the kernelspec that
/// lets them find it, and the same kernel under Polyglot's name <c>.net-csharp</c> so notebooks written by Polyglot run.
/// </summary>
public sealed class KernelCommand : ICommandFactory
{
    /// <summary>Exit code for an unreadable or unsafe connection file.</summary>
    public const int UsageError = 2;

    /// <inheritdoc />
    public Command Create()
    {
        var connectionFile = new Option<FileInfo?>("--connection-file", "-f") { Description = "The connection file Jupyter writes ({connection_file} in kernel.json)." };
        var kernel = new Command("kernel", "Run the AnalysisKit C# Jupyter kernel, or install its kernelspec.") { connectionFile };
        kernel.SetAction(parse =>
        {
            var file = parse.GetValue(connectionFile);
            var stderr = parse.InvocationConfiguration.Error;
            if (file is null)
            {
                stderr.WriteLine("akit kernel: --connection-file is required (Jupyter passes it); to register the kernel run 'akit kernel install --user'.");
                return UsageError;
            }

            KernelConnection connection;
            try
            {
                connection = KernelConnection.Read(file.FullName);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine("akit kernel: " + e.Message);
                return UsageError;
            }

            var engine = new NotebookEngine(new NotebookSessionOptions { BaseDirectory = Environment.CurrentDirectory, PlotlyMimeBundle = true });
            engine.WarmUp();
            using (var server = new JupyterKernel(connection, engine, stderr))
            {
                server.Run();
            }

            NetMQ.NetMQConfig.Cleanup(block: false);
            return 0;
        });
        kernel.Subcommands.Add(Install());
        return kernel;
    }

    /// <summary>The argv Jupyter runs: this akit (apphost, or dotnet plus akit.dll) with <c>kernel --connection-file {connection_file}</c>.</summary>
    internal static IReadOnlyList<string> KernelArgv()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var dll = Path.Combine(AppContext.BaseDirectory, "akit.dll");
        var host = Path.GetFileNameWithoutExtension(process);
        var start = string.Equals(host, "akit", StringComparison.OrdinalIgnoreCase) ? new[] { process } : [process, dll];
        return [.. start, "kernel", "--connection-file", "{connection_file}"];
    }

    /// <summary>
    /// The environment Jupyter must give the kernel: for an apphost (<c>.akit/akit</c>), DOTNET_ROOT, the runtime this akit
    /// runs on, so it starts from JupyterLab or VS Code even when dotnet is not in a default location; nothing otherwise.
    /// </summary>
    internal static IReadOnlyDictionary<string, string>? KernelEnvironment()
    {
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath ?? "dotnet");
        if (!string.Equals(host, "akit", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // …/dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → …/dotnet
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null ? null : Directory.GetParent(runtime)?.Parent?.Parent?.FullName;
        return root is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["DOTNET_ROOT"] = root };
    }

    private static Command Install()
    {
        var user = new Option<bool>("--user") { Description = "Install for the current user (~/.local/share/jupyter/kernels) instead of system-wide." };
        var name = new Option<string>("--name") { Description = "Kernelspec name.", DefaultValueFactory = _ => KernelSpec.DefaultName };
        var prefix = new Option<DirectoryInfo?>("--prefix") { Description = "Install under PREFIX/share/jupyter/kernels (e.g. a virtual environment)." };
        var dir = new Option<DirectoryInfo?>("--dir") { Description = "Install into this kernels folder directly." };
        var noAlias = new Option<bool>("--no-polyglot-alias")
        {
            Description = $"Do not also register the kernel as '{KernelSpec.PolyglotAliasName}', the name Polyglot Notebooks wrote into C# notebooks.",
        };
        var install = new Command("install", "Write the kernelspec so Jupyter, JupyterLab and VS Code list '.NET (C#) — AnalysisKit'.") { user, name, prefix, dir, noAlias };
        install.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)?.FullName ?? KernelSpec.KernelsFolder(parse.GetValue(user), parse.GetValue(prefix)?.FullName);
            var stdout = parse.InvocationConfiguration.Output;
            try
            {
                var argv = KernelArgv();
                var environment = KernelEnvironment();
                var written = KernelSpec.Write(folder, parse.GetValue(name)!, argv, environment: environment);
                stdout.WriteLine($"Installed kernelspec in {written}");
                if (!parse.GetValue(noAlias) && !string.Equals(parse.GetValue(name), KernelSpec.PolyglotAliasName, StringComparison.Ordinal))
                {
                    var previous = KernelSpec.InstalledImplementation(folder, KernelSpec.PolyglotAliasName);
                    var alias = KernelSpec.Write(folder, KernelSpec.PolyglotAliasName, argv, KernelSpec.PolyglotAliasDisplayName, environment);
                    stdout.WriteLine(KernelMessages.AliasInstalled(alias, replaced: previous is not null && previous != "akit"));
                }

                return 0;
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine("akit kernel install: " + e.Message);
                return UsageError;
            }
        });
        return install;
    }
}
