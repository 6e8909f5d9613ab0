using Finney.Node.Chain;
using Finney.Rpc.Dto;
using Finney.Storage;

namespace Finney.Node.Tests.Fakes;

/// <summary>Chain specs for tests.</summary>
internal static class TestChains
{
    public static ChainSpec Dev(params StateChange[] genesis) =>
        new("Bittensor", "dev", "Development", new SystemPropertiesDto(42, 9, "TAO"), () => [.. genesis, new StateChange("genesis"u8.ToArray(), [1])]);
}
