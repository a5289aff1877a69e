namespace AnalysisKit.Notebooks.Tests;

public sealed class CellDirectivesTests
{
    private static readonly NotebookEngine Engine = new();

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "#!fsharp")]
    [InlineData("#!pwsh\nGet-Date", "#!pwsh")]
    [InlineData("#!time\n1 + 1", "#!time")]
    public void Execute_UnsupportedKernelOrMagic_FailsWithAClearMessage(string code, string directive)
    {
        var result = Engine.CreateSession().Run(code, 4);
        Assert.Equal(CellErrorKind.Unsupported, result.Error!.Kind);
        Assert.Equal($"cell 4, line 1: {directive} is not supported: this engine runs C# only (#!csharp) and no magic commands. Move the code into a C# cell or run it elsewhere.",
            result.Error.ToString());
    }

    [Fact]
    public void Execute_PackageSourceDirective_FailsWithAClearMessage()
    {
        var result = Engine.CreateSession().Run("#i \"nuget: https://example.org/v3/index.json\"");
        Assert.Equal("#i (add a NuGet package source) is not supported: the engine never downloads; packages are resolved from the local NuGet cache only.", result.Error!.Message);
    }

    [Fact]
    public void Execute_CSharpKernelLine_IsAcceptedAndLinesStillMatch()
    {
        var result = Engine.CreateSession().Run("#!csharp\nvar x = 1;\nvar y = nope;", 2);
        Assert.Equal(3, result.Error!.Line);
    }

    [Fact]
    public void Execute_NuGetReferenceToAHostPackage_UsesTheHostCopy()
    {
        var session = Engine.CreateSession();
        var result = session.Run("#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Deedle, 8.1.0\"\ntypeof(Plotly.NET.GenericChart).Assembly.Location");
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(typeof(Plotly.NET.GenericChart).Assembly.Location, Assert.Single(result.Outputs).Data["text/plain"]);
    }

    [Fact]
    public void Execute_NuGetReferenceWithOtherVersionOfAHostPackage_NotesTheHostVersionOnStderr()
    {
        var result = Engine.CreateSession().Run("#r \"nuget: Plotly.NET, 5.0.0\"");
        Assert.True(result.Succeeded);
        var note = Assert.Single(result.Outputs);
        Assert.Equal(("stderr", "note: #r \"nuget: Plotly.NET, 5.0.0\" uses the host's loaded Plotly.NET 6.0.0 (one copy per process).\n"), (note.StreamName, note.Text));
    }

    [Fact]
    public void Execute_PathReferenceToAHostAssembly_ResolvesToTheLoadedCopyEvenIfThePathIsAbsent()
    {
        var result = Engine.CreateSession().Run("#r \"../src/AnalysisKit/bin/Debug/net10.0/AnalysisKit.dll\"\nAnalysisKit.Geography.GeographyLevel.Practice.ToString()");
        Assert.True(result.Succeeded, result.Error?.ToString());
    }

    [Fact]
    public void Execute_NuGetPackageNotInCache_FailsNamingTheFolder()
    {
        var cache = Directory.CreateTempSubdirectory("akit-nuget-").FullName;
        var session = new NotebookEngine(new NotebookSessionOptions { NuGetPackagesFolder = cache }).CreateSession();
        var result = session.Run("#r \"nuget: No.Such.Package, 1.2.3\"", 5);
        Assert.Equal(CellErrorKind.Reference, result.Error!.Kind);
        Assert.Equal(
            $"cell 5, line 1: #r \"nuget: No.Such.Package, 1.2.3\": the package is not in the local NuGet cache ({Path.Combine(cache, "no.such.package")}). " +
            "The engine does not download packages: restore it once (e.g. add it to a project and run dotnet restore) or use a package the host provides.",
            result.Error.ToString());
    }

    [Fact]
    public void Execute_MissingPathReference_FailsNamingThePath()
    {
        var result = Engine.CreateSession().Run("#r \"/nowhere/Missing.Library.dll\"");
        Assert.Equal(CellErrorKind.Reference, result.Error!.Kind);
        Assert.Equal("#r \"/nowhere/Missing.Library.dll\": no such file (/nowhere/Missing.Library.dll).", result.Error.Message);
    }
}
