using System.Globalization;
using Finney.Node.Chain;
using Finney.Node.Rpc.Server;
using Finney.Node.Runtime;
using Finney.Primitives.Scale;
using Finney.Rpc;
using Finney.Rpc.Dto;

namespace Finney.Node.Rpc.Methods;

/// <summary>The deprecated <c>payment_*</c> methods, over the TransactionPaymentApi runtime calls, for older tools.</summary>
public sealed class PaymentRpc(Blockchain chain)
{
    /// <summary>Adds the methods to <paramref name="methods"/>.</summary>
    public void Register(RpcMethodTable methods)
    {
        methods.AddSync(RpcMethods.PaymentQueryInfo, (p, _) =>
        {
            var output = Query(p, "TransactionPaymentApi_query_info");
            var reader = new ScaleReader(output);
            var weight = new WeightDto(reader.ReadCompactU64(), reader.ReadCompactU64());
            var dispatchClass = reader.ReadU8() switch
            {
                0 => "normal",
                1 => "operational",
                _ => "mandatory",
            };
            var fee = reader.ReadU64();
            return RpcResult.Ok(new RuntimeDispatchInfoDto(weight, dispatchClass, fee.ToString(CultureInfo.InvariantCulture)), RpcJsonContext.Default.RuntimeDispatchInfoDto);
        });
        methods.AddSync(RpcMethods.PaymentQueryFeeDetails, (p, _) =>
        {
            var output = Query(p, "TransactionPaymentApi_query_fee_details");
            var reader = new ScaleReader(output);
            InclusionFeeDto? inclusion = reader.ReadOptionTag() ? new InclusionFeeDto(reader.ReadU64(), reader.ReadU64(), reader.ReadU64()) : null;
            return RpcResult.Ok(new FeeDetailsDto(inclusion, reader.ReadU64()), RpcJsonContext.Default.FeeDetailsDto);
        });
    }

    private byte[] Query(RpcParams parameters, string method)
    {
        var extrinsic = parameters.GetBytes(0, "extrinsic");
        var at = BlockAt.Resolve(chain, parameters, 1);
        using var arguments = new ScaleWriter();
        arguments.WriteBytes(extrinsic);
        arguments.WriteU32((uint)extrinsic.Length);
        try
        {
            return chain.Runtime.Call(at, method, arguments.WrittenSpan);
        }
        catch (RuntimeCallException e)
        {
            throw new RpcException(RpcErrorTable.For(e));
        }
        catch (ScaleFormatException e)
        {
            throw new RpcException(SubstrateErrors.Client($"Execution failed: {e.Message}"));
        }
    }
}
