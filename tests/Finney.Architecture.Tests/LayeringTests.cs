using System.Xml.Linq;

namespace Finney.Architecture.Tests;

/// <summary>
/// Dependencies point down only (shared/design/STYLE.md §3.2): each src project may reference exactly the
/// projects its layer allows. A new project must be added here, which is the moment to decide its layer.
/// </summary>
public class LayeringTests
{
    // What each src project may reference. Runtime sees only Primitives and the storage contract;
    // only the node host may reference the RocksDB backend; the SDK never references the node.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Finney.Primitives"] = [],
        ["Finney.Storage"] = ["Finney.Primitives"],
        ["Finney.Storage.RocksDb"] = ["Finney.Primitives", "Finney.Storage"],
        ["Finney.Runtime.Generators"] = [],
        ["Finney.Runtime"] = ["Finney.Primitives", "Finney.Storage", "Finney.Runtime.Generators"],
        ["Finney.Rpc"] = ["Finney.Primitives"],
        ["Finney.Node"] = ["Finney.Primitives", "Finney.Storage", "Finney.Runtime", "Finney.Rpc"],
        ["Finney.NodeHost"] = ["Finney.Primitives", "Finney.Storage", "Finney.Storage.RocksDb", "Finney.Runtime", "Finney.Rpc", "Finney.Node"],
        ["Finney.Sdk"] = ["Finney.Primitives", "Finney.Runtime", "Finney.Rpc"],
        ["Finney.Cli"] = ["Finney.Primitives", "Finney.Runtime", "Finney.Rpc", "Finney.Sdk"],
        ["Finney.Subnets"] = ["Finney.Primitives", "Finney.Runtime", "Finney.Rpc", "Finney.Sdk"],
        ["Finney.Web"] = ["Finney.Primitives", "Finney.Runtime", "Finney.Rpc", "Finney.Sdk"],
    };

    public static TheoryData<string> SourceProjects => [.. SourceProjectNames()];

    [Fact]
    public void EverySourceProject_HasALayer()
    {
        var unknown = SourceProjectNames().Where(name => !Allowed.ContainsKey(name)).ToList();
        unknown.ShouldBeEmpty("add new src projects to LayeringTests.Allowed, choosing what they may reference");
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void SourceProject_ReferencesOnlyItsLowerLayers(string project)
    {
        var references = ProjectReferences(Projects("src").Single(p => Path.GetFileNameWithoutExtension(p) == project));
        references.Except(Allowed.GetValueOrDefault(project, [])).ShouldBeEmpty($"{project} references a project its layer may not use");
    }

    [Fact]
    public void NoSourceProject_ReferencesTestsOrBenchmarks()
    {
        foreach (var project in Projects("src"))
        {
            XDocument.Load(project).Descendants("ProjectReference")
                .Select(r => (string?)r.Attribute("Include") ?? string.Empty)
                .Where(include => include.Contains("tests", StringComparison.OrdinalIgnoreCase) || include.Contains("bench", StringComparison.OrdinalIgnoreCase))
                .ShouldBeEmpty($"{Path.GetFileName(project)} must not depend on tests/ or bench/");
        }
    }

    private static IEnumerable<string> SourceProjectNames() => Projects("src").Select(p => Path.GetFileNameWithoutExtension(p));

    private static List<string> ProjectReferences(string projectFile) =>
        XDocument.Load(projectFile).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? string.Empty).Replace('\\', '/')))
            .ToList();

    private static string[] Projects(string folder) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), folder), "*.csproj", SearchOption.AllDirectories);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Finney.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Finney.slnx not found above the test assembly.");
    }
}
