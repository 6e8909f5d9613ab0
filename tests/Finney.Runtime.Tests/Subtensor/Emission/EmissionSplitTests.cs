using System.Numerics;
using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Staking;
using Finney.Storage;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Emission;

public sealed class EmissionSplitTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Bob = DevAccounts.Bob.AccountId;
    private static readonly AccountId32 Hotkey = SubtensorSetup.Account(1);

    private static TestChain Chain() =>
        new TestRuntime().WithBalance(Alice, 1_000 * Tao).WithBalance(Bob, 1_000 * Tao).Build()
            .WithSubnet(1).Sudo(new SudoSetTxRateLimit(0)).Registered(1, Alice, Hotkey);

    [Fact]
    public void Emit_NotADelegate_CreditsEverythingToTheOwner()
    {
        using var chain = Chain().Staked(Alice, Hotkey, 100 * Tao);
        var ext = new Externalities(new StateOverlay(chain.State));

        StakeLedger.Emit(ext, Hotkey, 7, 1_000_000_000);

        StakingStorage.Stake.Get(ext.State, Hotkey, Alice).ShouldBe((100 * Tao) + 1_000_000_007);
    }

    [Fact]
    public void Emit_Delegate_PaysTheTakeAndServerPartToTheOwner_AndSplitsTheRestProRata_ExactToTheRao()
    {
        using var chain = Chain().Staked(Alice, Hotkey, 100 * Tao);
        chain.Dispatch(new BecomeDelegate(Hotkey), Alice).IsOk.ShouldBeTrue();
        chain.Staked(Bob, Hotkey, 300 * Tao);
        var ext = new Externalities(new StateOverlay(chain.State));
        const ulong server = 1_234;
        const ulong validator = 999_999_937;

        StakeLedger.Emit(ext, Hotkey, server, validator);

        // I64F64 as subtensor: take = ⌊⌊11796·2^64/65535⌋ · validator / 2^64⌋; shares = ⌊rest · ⌊s·2^64/T⌋ / 2^64⌋.
        var takeBits = (new BigInteger(11_796) << 64) / 65_535;
        var take = (ulong)((takeBits * validator) >> 64);
        var rest = validator - take;
        var bobShare = (ulong)((((new BigInteger(300) << 64) / 400) * rest) >> 64);
        var aliceShare = (ulong)((((new BigInteger(100) << 64) / 400) * rest) >> 64);
        StakingStorage.Stake.Get(ext.State, Hotkey, Bob).ShouldBe((300 * Tao) + bobShare);
        StakingStorage.Stake.Get(ext.State, Hotkey, Alice).ShouldBe((100 * Tao) + aliceShare + take + (rest - bobShare - aliceShare) + server);
        StakingStorage.TotalHotkeyStake.Get(ext.State, Hotkey).ShouldBe((400 * Tao) + server + validator);
        take.ShouldBe(179_995_410UL);
    }

    [Fact]
    public void DelegateTake_OfOneTao_IsEighteenPercentTruncated()
    {
        StakeLedger.DelegateTake(11_796, Tao).ShouldBe(179_995_422UL);
        StakeLedger.DelegateTake(0, Tao).ShouldBe(0UL);
        StakeLedger.DelegateTake(ushort.MaxValue, Tao).ShouldBe(Tao);
    }
}
