using Finney.Node.Chain;
using Microsoft.Extensions.Logging;

namespace Finney.Node.Authoring;

/// <summary>Substrate's informant: a status line every few seconds with the best and finalized blocks.</summary>
public sealed class Informant(Blockchain chain, TimeProvider time, ILogger logger)
{
    /// <summary>Logs the status line every <paramref name="interval"/> until <paramref name="stopping"/> fires.</summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                var best = chain.Best;
                var finalized = chain.Finalized;
                AuthoringLog.Idle(logger, 0, best.Number, best.Hash.Short, finalized.Number, finalized.Hash.Short);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
