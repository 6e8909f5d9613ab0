namespace Finney.Node.Rpc.Server;

/// <summary>A method's implementation: parameters and call context in, result out.</summary>
public delegate ValueTask<RpcResult> RpcHandler(RpcParams parameters, RpcCallContext context);
