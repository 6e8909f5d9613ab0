using System.Text.Json;
using Finney.Rpc;
using Finney.Sdk.Chain;
using Finney.Sdk.Rpc;

namespace Finney.Sdk.Registration;

/// <summary>
/// Follows the chain's best block to tell a PoW search when its work has expired: subtensor accepts a seal for
/// block <c>b</c> only while <c>current − b &lt; 3</c> (<c>InvalidWorkBlock</c> otherwise), so searching on is wasted
/// power. Pass <see cref="HasPassed"/> as <see cref="PowSolverOptions.ShouldStop"/>.
/// </summary>
public sealed class PowBlockWindow : IAsyncDisposable
{
    /// <summary>Blocks after the work's block during which subtensor still accepts it.</summary>
    public const ulong SubtensorWindow = 3;

    private readonly RpcSubscription _heads;
    private readonly Task _follow;
    private long _best;

    private PowBlockWindow(ulong workBlock, ulong window, ulong best, RpcSubscription heads)
    {
        WorkBlock = workBlock;
        Window = window;
        _best = (long)best;
        _heads = heads;
        _follow = Task.Run(FollowAsync);
    }

    /// <summary>The block the work is for.</summary>
    public ulong WorkBlock { get; }

    /// <summary>Blocks the work stays valid after <see cref="WorkBlock"/>.</summary>
    public ulong Window { get; }

    /// <summary>The latest best block seen.</summary>
    public ulong BestBlock => (ulong)Interlocked.Read(ref _best);

    /// <summary>True once the chain is <see cref="Window"/> or more blocks past <see cref="WorkBlock"/>.</summary>
    public bool HasPassed() => BestBlock >= WorkBlock + Window;

    /// <summary>Starts following new heads for work on <paramref name="workBlock"/>.</summary>
    public static async Task<PowBlockWindow> FollowAsync(ChainClient chain, ulong workBlock, ulong window = SubtensorWindow)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var heads = await chain.SubscribeNewHeadsAsync().ConfigureAwait(false);
        var best = ChainClient.NumberOf(await chain.HeaderAsync().ConfigureAwait(false));
        return new PowBlockWindow(workBlock, window, best, heads);
    }

    private async Task FollowAsync()
    {
        try
        {
            await foreach (var head in _heads.Items.ReadAllAsync().ConfigureAwait(false))
            {
                var number = (long)ChainClient.NumberOf(head.Deserialize(RpcJsonContext.Default.HeaderDto)!);
                if (number > Interlocked.Read(ref _best))
                {
                    Interlocked.Exchange(ref _best, number);
                }
            }
        }
        catch (RpcConnectionException)
        {
            // The subscription ended with the connection; the last block seen stays the answer.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _heads.DisposeAsync().ConfigureAwait(false);
        await _follow.ConfigureAwait(false);
    }
}
