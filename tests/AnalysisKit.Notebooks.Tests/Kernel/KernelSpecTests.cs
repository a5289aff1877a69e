using System.Text.Json.Nodes;
using AnalysisKit.Notebooks.Kernel;

namespace AnalysisKit.Notebooks.Tests.Kernel;

public sealed class KernelSpecTests
{
    [Fact]
    public void Write_CreatesKernelJsonJupyterReads()
    {
        var folder = Directory.CreateTempSubdirectory("akit-spec-").FullName;
        var written = KernelSpec.Write(folder, "akit-csharp", ["/x/dotnet", "/x/akit.dll", "kernel", "--connection-file", "{connection_file}"]);
        Assert.Equal(Path.Combine(folder, "akit-csharp"), written);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(written, "kernel.json")))!;
        Assert.Equal("{connection_file}", json["argv"]![4]!.GetValue<string>());
        Assert.Equal("message", json["interrupt_mode"]!.GetValue<string>());
        Assert.Equal("C#", json["language"]!.GetValue<string>());
        Assert.Equal(".NET (C#) — AnalysisKit", json["display_name"]!.GetValue<string>());
    }

    /// <summary>An apphost akit (.akit/akit) is started by Jupyter with DOTNET_ROOT set, so it finds the runtime from any client.</summary>
    [Fact]
    public void KernelJson_WithEnvironment_WritesJupytersEnvField()
    {
        var json = JsonNode.Parse(KernelSpec.KernelJson(["/repo/.akit/akit", "kernel", "--connection-file", "{connection_file}"],
            environment: new Dictionary<string, string> { ["DOTNET_ROOT"] = "/usr/share/dotnet" }))!;
        Assert.Equal("/usr/share/dotnet", json["env"]!["DOTNET_ROOT"]!.GetValue<string>());
        Assert.Null(JsonNode.Parse(KernelSpec.KernelJson(["x", "{connection_file}"]))!["env"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("../escape")]
    public void Write_InvalidName_IsRefused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => KernelSpec.Write(Path.GetTempPath(), name, ["x"]));
        Assert.StartsWith(KernelMessages.BadKernelName(name), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KernelsFolder_Prefix_IsPrefixShareJupyterKernels() =>
        Assert.Equal(Path.Combine("/venv", "share", "jupyter", "kernels"), KernelSpec.KernelsFolder(user: false, prefix: "/venv"));

    [Fact]
    public void KernelsFolder_UserOnLinux_FollowsXdgDataHome()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux layout only.");
        var expected = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } data
            ? Path.Combine(data, "jupyter", "kernels")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "jupyter", "kernels");
        Assert.Equal(expected, KernelSpec.KernelsFolder(user: true, prefix: null));
        Assert.Equal("/usr/local/share/jupyter/kernels", KernelSpec.KernelsFolder(user: false, prefix: null));
    }
}
