using Finney.Primitives.Accounts;
using Finney.Runtime.Subtensor;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Registration;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Registration;

public sealed class RegistrationAdjustmentTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;

    private static TestChain Chain() =>
        new TestRuntime().WithBalance(Alice, 1_000 * Tao).Build().WithSubnet(1)
            .Sudo(new SudoSetAdjustmentInterval(1, 5)).Sudo(new SudoSetMaxRegistrationsPerBlock(1, 10));

    [Theory]
    [InlineData(1_000_000_000UL, 3, 2, 1_250_000_000UL)]
    [InlineData(1_000_000_000UL, 0, 2, 500_000_000UL)]
    [InlineData(1_000_000_000UL, 2, 2, 1_000_000_000UL)]
    [InlineData(3UL, 1, 2, 2UL)]
    public void NextValue_MovesTowardTheTarget(ulong current, ushort registrations, ushort target, ulong expected)
    {
        RegistrationAdjustment.NextValue(current, registrations, target, 0, 1, ulong.MaxValue).ShouldBe(expected);
    }

    [Fact]
    public void NextValue_ClampsToTheBounds_AndBlendsWithAlpha()
    {
        RegistrationAdjustment.NextValue(100, 6, 2, 0, 1, 150).ShouldBe(150UL);
        RegistrationAdjustment.NextValue(100, 0, 2, 0, 60, 1000).ShouldBe(60UL);

        // Alpha = u64::MAX / 2 keeps about half of the old value: 0.5·1000 + 0.5·2000 = 1500 (alpha truncates to 131071/2^18).
        RegistrationAdjustment.NextValue(1000, 6, 2, ulong.MaxValue / 2, 1, 10_000).ShouldBe(1500UL);
    }

    [Fact]
    public void TooManyBurnedRegistrations_RaiseTheBurnAfterTheInterval_AndResetTheCounters()
    {
        using var chain = Chain();
        for (int i = 1; i <= 3; i++)
        {
            chain.Registered(1, Alice, SubtensorSetup.Account(i));
        }

        chain.RunToBlock(4);
        RegistrationStorage.Burn.Get(chain.State, 1).ShouldBe(Tao);

        chain.RunToBlock(5);

        RegistrationStorage.Burn.Get(chain.State, 1).ShouldBe(1_250_000_000UL);
        RegistrationStorage.Difficulty.Get(chain.State, 1).ShouldBe(SubtensorConfig.Difficulty);
        RegistrationStorage.RegistrationsThisInterval.Get(chain.State, 1).ShouldBe((ushort)0);
        RegistrationStorage.BurnRegistrationsThisInterval.Get(chain.State, 1).ShouldBe((ushort)0);
        RegistrationStorage.LastAdjustmentBlock.Get(chain.State, 1).ShouldBe(5UL);
    }

    [Fact]
    public void NoRegistrations_LowerBothBurnAndDifficulty_DownToTheirMinimums()
    {
        using var chain = Chain().Sudo(new SudoSetBurn(1, 8 * Tao)).Sudo(new SudoSetDifficulty(1, 80_000_000));

        chain.RunToBlock(5);
        RegistrationStorage.Burn.Get(chain.State, 1).ShouldBe(4 * Tao);
        RegistrationStorage.Difficulty.Get(chain.State, 1).ShouldBe(40_000_000UL);

        chain.RunToBlock(20);
        RegistrationStorage.Burn.Get(chain.State, 1).ShouldBe(SubtensorConfig.MinBurn);
        RegistrationStorage.Difficulty.Get(chain.State, 1).ShouldBe(SubtensorConfig.MinDifficulty);
    }

    [Fact]
    public void TargetZero_SkipsTheAdjustmentInsteadOfHalting()
    {
        using var chain = Chain().Sudo(new SudoSetTargetRegistrationsPerInterval(1, 0)).Sudo(new SudoSetBurn(1, 8 * Tao));
        chain.RunToBlock(6);
        RegistrationStorage.Burn.Get(chain.State, 1).ShouldBe(8 * Tao);
    }
}
