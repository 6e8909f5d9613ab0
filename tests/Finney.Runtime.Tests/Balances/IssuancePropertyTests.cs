using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Finney.Runtime.Tests.Balances;

/// <summary>Total issuance equals the sum of all balances after any sequence of transfers (FRAME's <c>ensure_ti_valid</c>).</summary>
public sealed class IssuancePropertyTests
{
    private static readonly string[] Names = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie", "Fresh1", "Fresh2"];

    private static readonly Gen<(int From, int To, ulong Amount, int Kind)> Step =
        from source in Gen.Choose(0, Names.Length - 1)
        from target in Gen.Choose(0, Names.Length - 1)
        from amount in Gen.OneOf(Gen.Choose(0, 2_000).Select(a => (ulong)a), Gen.Choose(0, 1_000_000).Select(a => (ulong)a * 1_000_000))
        from kind in Gen.Choose(0, 3)
        select (source, target, amount, kind);

    [Property(MaxTest = 60)]
    public Property RandomTransfers_KeepIssuanceEqualToTheSumOfBalances() =>
        Prop.ForAll(Gen.ListOf(Step).Select(l => l.Take(40).ToArray()).ToArbitrary(), steps =>
        {
            using var chain = new TestRuntime()
                .WithBalance(DevAccounts.Alice.AccountId, 1_000_000_000_000)
                .WithBalance(DevAccounts.Bob.AccountId, 600)
                .WithBalance(DevAccounts.Charlie.AccountId, 50_000)
                .Build();
            foreach (var (from, to, amount, kind) in steps)
            {
                var dest = MultiAddress.Id(DevAccounts.Account(Names[to]));
                RuntimeCall call = kind switch
                {
                    0 => new TransferAllowDeath(dest, amount),
                    1 => new TransferKeepAlive(dest, amount),
                    2 => new TransferAll(dest, amount % 2 == 0),
                    _ => new Runtime.Utility.Batch([new TransferAllowDeath(dest, amount), new TransferAllowDeath(dest, amount / 2)]),
                };
                chain.Dispatch(call, DevAccounts.Account(Names[from]));
                chain.CheckInvariants();
            }
        });

    [Property(MaxTest = 15)]
    public Property RandomSignedTransfers_InBlocks_KeepTheInvariant() =>
        Prop.ForAll(Gen.ListOf(Step).Select(l => l.Take(12).ToArray()).ToArbitrary(), steps =>
        {
            using var chain = new TestRuntime().WithDevBalances(10_000_000_000).Build();
            var xts = steps.Where(s => s.From < 6).Select(s =>
                chain.Sign(DevAccounts.Key(Names[s.From]), new TransferAllowDeath(MultiAddress.Id(DevAccounts.Account(Names[s.To])), s.Amount))).ToArray();
            chain.ProduceBlock(xts);
            chain.CheckInvariants();
        });
}
