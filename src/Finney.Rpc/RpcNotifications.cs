namespace Finney.Rpc;

/// <summary>The <c>method</c> names of subscription notifications.</summary>
public static class RpcNotifications
{
#pragma warning disable CS1591
    public const string NewHead = "chain_newHead";
    public const string FinalizedHead = "chain_finalizedHead";
    public const string AllHead = "chain_allHead";
    public const string RuntimeVersion = "state_runtimeVersion";
    public const string Storage = "state_storage";
    public const string ExtrinsicUpdate = "author_extrinsicUpdate";
#pragma warning restore CS1591
}
