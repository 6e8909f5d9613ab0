using Finney.Sdk.Chain;
using Finney.Sdk.Rpc;

namespace Finney.Cli.Chain;

/// <summary>Opens the node connection of a command, with a sentence instead of a stack trace when it cannot.</summary>
internal static class ChainConnection
{
    /// <summary>Connects to <paramref name="endpoint"/>.</summary>
    public static async Task<ChainClient> OpenAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        try
        {
            var client = await ChainClient.ConnectAsync(endpoint, cancellationToken: cancellationToken);
            // One cheap request proves it is a Substrate node, not just an open port.
            await client.GenesisHashAsync();
            return client;
        }
        catch (RpcConnectionException exception)
        {
            throw new CliException($"{exception.Message.TrimEnd('.')}. Start a node with `finney-node --dev`, or pick another with --network.", exception, CliException.Failure);
        }
        catch (RpcException exception)
        {
            throw new CliException($"{endpoint} does not answer like a Substrate node: {exception.Message}", exception, CliException.Failure);
        }
    }

    /// <summary>Runs a chain request, turning connection and RPC failures into user errors.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await request();
        }
        catch (Exception exception) when (exception is RpcConnectionException or RpcException)
        {
            throw new CliException($"The node failed to answer: {exception.Message}", exception, CliException.Failure);
        }
    }
}
