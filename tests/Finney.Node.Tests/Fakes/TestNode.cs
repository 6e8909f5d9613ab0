using Finney.Node.Authoring;
using Finney.Node.Chain;
using Finney.Node.Rpc.Server;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Finney.Node.Tests.Fakes;

/// <summary>A dev node over the fake runtime and an in-memory store; blocks are authored by calling <see cref="AuthorBlock"/>.</summary>
internal sealed class TestNode : IDisposable
{
    public TestNode(IChainStore? store = null, RpcOptions? rpc = null, TimeSpan? finalityDelay = null)
    {
        Runtime = new FakeRuntime();
        Node = new DevNode(
            store ?? new MemoryChainStore(),
            Runtime,
            TestChains.Dev(),
            new DevNodeOptions { Rpc = rpc ?? new RpcOptions(), Authoring = new AuthoringOptions { BlockTime = TimeSpan.FromSeconds(10), FinalityDelay = finalityDelay ?? TimeSpan.Zero } },
            Time,
            NullLoggerFactory.Instance);
    }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));

    public FakeRuntime Runtime { get; }

    public DevNode Node { get; }

    public Blocks.Block AuthorBlock()
    {
        Time.Advance(TimeSpan.FromMilliseconds(100));
        return Node.Authoring.AuthorBlock();
    }

    public void Dispose() => Node.Dispose();
}
