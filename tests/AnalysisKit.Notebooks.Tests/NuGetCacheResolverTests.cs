namespace AnalysisKit.Notebooks.Tests;

public sealed class NuGetCacheResolverTests
{
    [Fact]
    public void Resolve_PackageInTheCache_GivesTheAssembliesOfItsLibFolder()
    {
        // A fake cache with one package laid out as NuGet does: <id-lower>/<version>/lib/<tfm>/<assembly>.dll.
        var cache = Directory.CreateTempSubdirectory("akit-nuget-").FullName;
        var lib = Directory.CreateDirectory(Path.Combine(cache, "fake.package", "1.0.0", "lib", "netstandard2.0")).FullName;
        File.Copy(typeof(Xunit.Assert).Assembly.Location, Path.Combine(lib, "xunit.v3.assert.dll"));
        Assert.Equal([Path.Combine(lib, "xunit.v3.assert.dll")], NuGetCacheResolver.Resolve("Fake.Package", "1.0.0", cache));
        Assert.Equal([Path.Combine(lib, "xunit.v3.assert.dll")], NuGetCacheResolver.Resolve("Fake.Package", null, cache));
    }

    [Fact]
    public void Resolve_PackageWithoutCompatibleFramework_SaysSo()
    {
        var cache = Directory.CreateTempSubdirectory("akit-nuget-").FullName;
        var version = Directory.CreateDirectory(Path.Combine(cache, "old.package", "2.0.0", "lib", "net48")).Parent!.Parent!.FullName;
        var ex = Assert.Throws<FileNotFoundException>(() => NuGetCacheResolver.Resolve("Old.Package", "2.0.0", cache));
        Assert.Equal($"#r \"nuget: Old.Package\": {version} has no lib/ folder for net10.0 or an earlier compatible framework.", ex.Message);
    }
}
