namespace Finney.Node.Blocks;

/// <summary>The variant index of a <see cref="DigestItem"/>.</summary>
public enum DigestItemKind : byte
{
    /// <summary>Arbitrary data.</summary>
    Other = 0,

    /// <summary>A consensus engine's message to the runtime's observers.</summary>
    Consensus = 4,

    /// <summary>The block author's seal, added after execution.</summary>
    Seal = 5,

    /// <summary>Data the consensus engine gives the runtime before execution (Aura's slot).</summary>
    PreRuntime = 6,

    /// <summary>The runtime code or heap pages changed.</summary>
    RuntimeEnvironmentUpdated = 8,
}
