using Finney.Primitives.Scale;
using Finney.Runtime.Api;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Utility;
using Finney.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Finney.Runtime.Tests.Fuzz;

/// <summary>Random and mutated bytes into the extrinsic decoder, block import and every runtime API: only decode errors, never crashes.</summary>
public sealed class DecoderFuzzTests
{
    private static readonly byte[] Valid = BuildValid();

    [Property(MaxTest = 2_000)]
    public void RandomBytes_DecodeOrFailWithScaleFormatException(byte[] bytes)
    {
        try
        {
            UncheckedExtrinsic.Decode(bytes);
        }
        catch (ScaleFormatException)
        {
        }
    }

    [Property(MaxTest = 2_000)]
    public Property MutatedExtrinsics_DecodeOrFailWithScaleFormatException() =>
        Prop.ForAll(Gen.Choose(0, Valid.Length - 1).Zip(Gen.Choose(0, 255)).ToArbitrary(), t =>
        {
            var bytes = (byte[])Valid.Clone();
            bytes[t.Item1] = (byte)t.Item2;
            try
            {
                UncheckedExtrinsic.Decode(bytes);
            }
            catch (ScaleFormatException)
            {
            }
        });

    [Property(MaxTest = 300)]
    public void RandomInput_ToEveryRuntimeApi_GivesAResultNotAnException(byte[] input)
    {
        using var chain = new TestRuntime().WithDevBalances(TestRuntime.Tao).Build();
        foreach (var api in RuntimeApis.Declarations)
        {
            foreach (var method in api.Methods)
            {
                var result = chain.Runtime.Call(chain.State, chain.Head, $"{api.Name}_{method.Name}", input);
                (result.Output is null).ShouldNotBe(result.Error is null);
            }
        }
    }

    [Property(MaxTest = 300)]
    public void RandomBytes_OfferedToABlock_AreMalformedOrInvalid(byte[] bytes)
    {
        using var chain = new TestRuntime().WithDevBalances(TestRuntime.Tao).Build();
        var builder = chain.Runtime.BuildBlock(chain.State, chain.Head, 1_700_000_016_000);
        var outcome = builder.Apply(bytes);
        outcome.IsIncluded.ShouldBeFalse();
    }

    [Fact]
    public void DeeplyNestedBatches_FailToDecode_InsteadOfOverflowingTheStack()
    {
        var bytes = new List<byte>();
        for (var i = 0; i < 10_000; i++)
        {
            bytes.AddRange([UtilityPallet.Index, 0, 4]);
        }

        var call = bytes.ToArray();
        using var writer = new ScaleWriter();
        writer.WriteCompact((ulong)call.Length + 1);
        writer.WriteU8(UncheckedExtrinsic.UnsignedVersion);
        writer.WriteBytes(call);
        Should.Throw<ScaleFormatException>(() => UncheckedExtrinsic.Decode(writer.ToArray()));
    }

    private static byte[] BuildValid()
    {
        using var chain = new TestRuntime().Build();
        return chain.Sign(DevAccounts.Alice, new Batch([new TransferKeepAlive(MultiAddress.Id(DevAccounts.Bob.AccountId), 5), new Runtime.System.Remark([1, 2, 3])]), era: Era.Mortal(64, 0));
    }
}
