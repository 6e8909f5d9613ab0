namespace Finney.EndToEnd.Tests.Sdk;

/// <summary>One <c>finney-node --dev</c> (500 ms blocks) shared by the tests of a class.</summary>
public sealed class DevNodeFixture : IAsyncLifetime
{
    private NodeProcess? _node;

    /// <summary>The running node.</summary>
    public NodeProcess Node => _node ?? throw new InvalidOperationException("The node has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _node = await NodeProcess.StartAsync("--dev", "--block-time", "500ms");

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _node?.Dispose();
        return Task.CompletedTask;
    }
}
