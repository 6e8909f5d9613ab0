using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Staking;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Registration;

public sealed class SudoRegisterTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Hotkey = SubtensorSetup.Account(1);
    private static readonly AccountId32 Coldkey = SubtensorSetup.Account(2);

    private static TestChain Chain() => new TestRuntime().WithBalance(Alice, 1_000 * Tao).Build().WithSubnet(1, openRegistration: false);

    private static DispatchError Err(SubtensorError e) => SubtensorErrors.Of(e);

    [Fact]
    public void SudoRegister_AddsStakeAndMintsBalance_WithoutTouchingThePalletIssuanceOrCounters()
    {
        using var chain = Chain();
        var palletIssuance = EmissionStorage.TotalIssuance.Get(chain.State);

        chain.Dispatch(new SudoRegister(1, Hotkey, Coldkey, 7 * Tao, 3 * Tao), Origin.Root).IsOk.ShouldBeTrue();

        chain.LastEvent.ShouldBe(new NeuronRegistered(1, 0, Hotkey));
        StakingStorage.Stake.Get(chain.State, Hotkey, Coldkey).ShouldBe(7 * Tao);
        chain.Free(Coldkey).ShouldBe(3 * Tao);
        EmissionStorage.TotalIssuance.Get(chain.State).ShouldBe(palletIssuance);
        RegistrationStorage.RegistrationsThisBlock.Get(chain.State, 1).ShouldBe((ushort)0);
        NeuronStorage.Uids.Get(chain.State, 1, Hotkey).ShouldBe((ushort)0);
    }

    [Fact]
    public void SudoRegister_Signed_FailsWithBadOrigin()
    {
        using var chain = Chain();
        chain.AssertNoop(new SudoRegister(1, Hotkey, Coldkey, 0, 0), Origin.Signed(Alice), DispatchError.BadOrigin);
    }

    [Fact]
    public void SudoRegister_MissingSubnet_FailsWithNetworkDoesNotExist()
    {
        using var chain = Chain();
        chain.AssertNoop(new SudoRegister(2, Hotkey, Coldkey, 0, 0), Origin.Root, Err(SubtensorError.NetworkDoesNotExist));
    }

    [Fact]
    public void SudoRegister_Twice_FailsWithAlreadyRegistered()
    {
        using var chain = Chain().Sudo(new SudoRegister(1, Hotkey, Coldkey, 0, 0));
        chain.AssertNoop(new SudoRegister(1, Hotkey, Coldkey, 0, 0), Origin.Root, Err(SubtensorError.AlreadyRegistered));
    }

    [Fact]
    public void SudoRegister_HotkeyOwnedByAnotherColdkey_FailsWithNonAssociatedColdKey()
    {
        using var chain = Chain().WithSubnet(2, openRegistration: false).Sudo(new SudoRegister(1, Hotkey, Coldkey, 0, 0));
        chain.AssertNoop(new SudoRegister(2, Hotkey, Alice, 0, 0), Origin.Root, Err(SubtensorError.NonAssociatedColdKey));
    }

    [Fact]
    public void BurnedRegister_AsASignedExtrinsic_PaysNoFee()
    {
        // Bob signs while //Alice authors the block, so a fee would leave Bob's balance for good.
        var bob = DevAccounts.Bob;
        using var chain = new TestRuntime().WithBalance(Alice, 1_000 * Tao).WithBalance(bob.AccountId, 1_000 * Tao).Build().WithSubnet(1);
        var before = chain.Free(bob.AccountId);

        var (_, outcomes) = chain.ProduceBlock(chain.Sign(bob, new BurnedRegister(1, Hotkey)));

        outcomes[0].Result.IsSuccess.ShouldBeTrue();
        chain.Free(bob.AccountId).ShouldBe(before - Tao);
        NeuronStorage.Uids.Get(chain.State, 1, Hotkey).ShouldBe((ushort)0);
    }
}
