namespace Finney.Runtime.Api;

/// <summary>The runtime APIs this runtime implements, reachable through <c>state_call</c>.</summary>
public static partial class RuntimeApis
{
    /// <summary>The declared APIs with their versions.</summary>
    public static IReadOnlyList<RuntimeApiDeclaration> Declarations { get; } = [];
}

/// <summary>A runtime API trait: its name and version.</summary>
public sealed record RuntimeApiDeclaration(string Name, uint Version);
