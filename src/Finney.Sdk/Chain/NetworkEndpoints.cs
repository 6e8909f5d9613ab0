namespace Finney.Sdk.Chain;

/// <summary>
/// btcli's network names and their endpoints: <c>finney</c>, <c>test</c>, <c>archive</c>, <c>local</c>, or any
/// <c>ws://</c>/<c>wss://</c> URL. <c>$BT_SUBTENSOR_CHAIN_ENDPOINT</c> replaces <c>local</c>'s address, as in the SDK.
/// </summary>
public static class NetworkEndpoints
{
    /// <summary>The variable that overrides where <c>local</c> points.</summary>
    public const string LocalEndpointVariable = "BT_SUBTENSOR_CHAIN_ENDPOINT";

    /// <summary>The named networks.</summary>
    public static IReadOnlyDictionary<string, Uri> Named { get; } = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase)
    {
        ["finney"] = new("wss://entrypoint-finney.opentensor.ai:443"),
        ["test"] = new("wss://test.finney.opentensor.ai:443"),
        ["archive"] = new("wss://archive.chain.opentensor.ai:443"),
        ["local"] = new("ws://127.0.0.1:9944"),
    };

    /// <summary>The endpoint for a network name or URL; false with a reason when it is neither.</summary>
    /// <param name="network">A name (<c>local</c>) or a <c>ws://</c>/<c>wss://</c> URL.</param>
    /// <param name="environment">Reads environment variables (for <see cref="LocalEndpointVariable"/>).</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="error">Why the text is not a network.</param>
    public static bool TryResolve(string network, Func<string, string?> environment, out Uri endpoint, out string error)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(environment);
        endpoint = Named["local"];
        error = string.Empty;
        var text = network.Trim();
        if (string.Equals(text, "local", StringComparison.OrdinalIgnoreCase) && environment(LocalEndpointVariable) is { Length: > 0 } overridden)
        {
            text = overridden;
        }
        else if (Named.TryGetValue(text, out var named))
        {
            endpoint = named;
            return true;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "ws" or "wss")
        {
            endpoint = uri;
            return true;
        }

        error = $"'{network}' is not a network: use finney, test, archive, local or a ws:// or wss:// URL.";
        return false;
    }
}
