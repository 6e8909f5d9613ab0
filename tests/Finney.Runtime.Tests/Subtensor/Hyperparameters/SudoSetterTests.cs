using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Staking;
using Finney.Storage;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Hyperparameters;

public sealed class SudoSetterTests
{
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;

    // Each setter with the value it stores, how to read it back and the event it deposits.
    public static TheoryData<string, RuntimeCall, Func<IStateReader, object>, object, SubtensorEvent?> Setters => new()
    {
        { "default_take", new SudoSetDefaultTake(1000), s => StakingStorage.DefaultTake.Get(s), (ushort)1000, new DefaultTakeSet(1000) },
        { "serving_rate_limit", new SudoSetServingRateLimit(1, 7), s => HyperparameterStorage.ServingRateLimit.Get(s, 1), 7UL, new ServingRateLimitSet(1, 7) },
        { "tx_rate_limit", new SudoSetTxRateLimit(3), s => StakingStorage.TxRateLimit.Get(s), 3UL, new TxRateLimitSet(3) },
        { "max_burn", new SudoSetMaxBurn(1, 9), s => RegistrationStorage.MaxBurn.Get(s, 1), 9UL, new MaxBurnSet(1, 9) },
        { "min_burn", new SudoSetMinBurn(1, 9), s => RegistrationStorage.MinBurn.Get(s, 1), 9UL, new MinBurnSet(1, 9) },
        { "burn", new SudoSetBurn(1, 9), s => RegistrationStorage.Burn.Get(s, 1), 9UL, new BurnSet(1, 9) },
        { "max_difficulty", new SudoSetMaxDifficulty(1, 9), s => RegistrationStorage.MaxDifficulty.Get(s, 1), 9UL, new MaxDifficultySet(1, 9) },
        { "min_difficulty", new SudoSetMinDifficulty(1, 9), s => RegistrationStorage.MinDifficulty.Get(s, 1), 9UL, new MinDifficultySet(1, 9) },
        { "weights_set_rate_limit", new SudoSetWeightsSetRateLimit(1, 9), s => HyperparameterStorage.WeightsSetRateLimit.Get(s, 1), 9UL, new WeightsSetRateLimitSet(1, 9) },
        { "weights_version_key", new SudoSetWeightsVersionKey(1, 9), s => HyperparameterStorage.WeightsVersionKey.Get(s, 1), 9UL, new WeightsVersionKeySet(1, 9) },
        { "bonds_moving_average", new SudoSetBondsMovingAverage(1, 9), s => HyperparameterStorage.BondsMovingAverage.Get(s, 1), 9UL, new BondsMovingAverageSet(1, 9) },
        { "max_allowed_validators", new SudoSetMaxAllowedValidators(1, 9), s => HyperparameterStorage.MaxAllowedValidators.Get(s, 1), (ushort)9, new MaxAllowedValidatorsSet(1, 9) },
        { "difficulty", new SudoSetDifficulty(1, 9), s => RegistrationStorage.Difficulty.Get(s, 1), 9UL, new DifficultySet(1, 9) },
        { "adjustment_interval", new SudoSetAdjustmentInterval(1, 9), s => RegistrationStorage.AdjustmentInterval.Get(s, 1), (ushort)9, new AdjustmentIntervalSet(1, 9) },
        { "target_registrations", new SudoSetTargetRegistrationsPerInterval(1, 9), s => RegistrationStorage.TargetRegistrationsPerInterval.Get(s, 1), (ushort)9, new RegistrationPerIntervalSet(1, 9) },
        { "activity_cutoff", new SudoSetActivityCutoff(1, 9), s => HyperparameterStorage.ActivityCutoff.Get(s, 1), (ushort)9, new ActivityCutoffSet(1, 9) },
        { "rho", new SudoSetRho(1, 9), s => HyperparameterStorage.Rho.Get(s, 1), (ushort)9, new RhoSet(1, 9) },
        { "kappa", new SudoSetKappa(1, 9), s => HyperparameterStorage.Kappa.Get(s, 1), (ushort)9, new KappaSet(1, 9) },
        { "max_allowed_uids", new SudoSetMaxAllowedUids(1, 65_535), s => HyperparameterStorage.MaxAllowedUids.Get(s, 1), (ushort)65_535, new MaxAllowedUidsSet(1, 65_535) },
        { "min_allowed_weights", new SudoSetMinAllowedWeights(1, 9), s => HyperparameterStorage.MinAllowedWeights.Get(s, 1), (ushort)9, new MinAllowedWeightSet(1, 9) },
        { "validator_prune_len", new SudoSetValidatorPruneLen(1, 9), s => HyperparameterStorage.ValidatorPruneLen.Get(s, 1), 9UL, new ValidatorPruneLenSet(1, 9) },
        { "scaling_law_power", new SudoSetScalingLawPower(1, 100), s => HyperparameterStorage.ScalingLawPower.Get(s, 1), (ushort)100, new ScalingLawPowerSet(1, 100) },
        { "immunity_period", new SudoSetImmunityPeriod(1, 9), s => HyperparameterStorage.ImmunityPeriod.Get(s, 1), (ushort)9, new ImmunityPeriodSet(1, 9) },
        { "max_weight_limit", new SudoSetMaxWeightLimit(1, 9), s => HyperparameterStorage.MaxWeightsLimit.Get(s, 1), (ushort)9, new MaxWeightLimitSet(1, 9) },
        { "max_registrations_per_block", new SudoSetMaxRegistrationsPerBlock(1, 9), s => RegistrationStorage.MaxRegistrationsPerBlock.Get(s, 1), (ushort)9, new MaxRegistrationsPerBlockSet(1, 9) },
        { "total_issuance", new SudoSetTotalIssuance(9), s => EmissionStorage.TotalIssuance.Get(s), 9UL, null },
        { "tempo", new SudoSetTempo(1, 9), s => NetworkStorage.Tempo.Get(s, 1), (ushort)9, new TempoSet(1, 9) },
        { "rao_recycled", new SudoSetRaoRecycled(1, 9), s => RegistrationStorage.RAORecycledForRegistration.Get(s, 1), 9UL, new RAORecycledForRegistrationSet(1, 9) },
        { "registration_allowed", new SudoSetRegistrationAllowed(1, false), s => NetworkStorage.NetworkRegistrationAllowed.Get(s, 1), false, new RegistrationAllowed(1, false) },
        { "senate_required_stake", new SudoSetSenateRequiredStakePerc(9), s => StakingStorage.SenateRequiredStakePercentage.Get(s), 9UL, new SenateRequiredStakePercentSet(9) },
        { "adjustment_alpha", new SudoSetAdjustmentAlpha(1, 9), s => RegistrationStorage.AdjustmentAlpha.Get(s, 1), 9UL, new AdjustmentAlphaSet(1, 9) },
    };

    public static TheoryData<RuntimeCall> SetterCalls => [.. Setters.Select(row => (RuntimeCall)row[1])];

    public static TheoryData<RuntimeCall> PerSubnetCheckedSetters => new()
    {
        new SudoSetMaxBurn(2, 1), new SudoSetMinBurn(2, 1), new SudoSetBurn(2, 1), new SudoSetMaxDifficulty(2, 1),
        new SudoSetMinDifficulty(2, 1), new SudoSetWeightsSetRateLimit(2, 1), new SudoSetWeightsVersionKey(2, 1),
        new SudoSetBondsMovingAverage(2, 1), new SudoSetMaxAllowedValidators(2, 1), new SudoSetDifficulty(2, 1),
        new SudoSetAdjustmentInterval(2, 1), new SudoSetTargetRegistrationsPerInterval(2, 1), new SudoSetActivityCutoff(2, 1),
        new SudoSetRho(2, 1), new SudoSetKappa(2, 1), new SudoSetMaxAllowedUids(2, 1), new SudoSetMinAllowedWeights(2, 1),
        new SudoSetValidatorPruneLen(2, 1), new SudoSetScalingLawPower(2, 1), new SudoSetImmunityPeriod(2, 1),
        new SudoSetMaxWeightLimit(2, 1), new SudoSetMaxRegistrationsPerBlock(2, 1), new SudoSetTempo(2, 1),
        new SudoSetRaoRecycled(2, 1), new SudoSetAdjustmentAlpha(2, 1),
    };

    private static TestChain Chain() => new TestRuntime().WithBalance(Alice, 1_000 * TestRuntime.Tao).Build().WithSubnet(1);

    [Theory]
    [MemberData(nameof(Setters))]
    public void Setter_ByRoot_StoresTheValueAndReportsIt(string name, RuntimeCall call, Func<IStateReader, object> read, object expected, SubtensorEvent? setEvent)
    {
        using var chain = Chain();
        var result = chain.Dispatch(call, Origin.Root);

        result.IsOk.ShouldBeTrue(name);
        read(chain.State).ShouldBe(expected, name);
        if (setEvent is null)
        {
            chain.LastEvents.ShouldBeEmpty();
        }
        else
        {
            chain.LastEvent.ShouldBe(setEvent);
        }

        call.GetDispatchInfo().PaysFee.ShouldBe(Pays.No);
    }

    [Theory]
    [MemberData(nameof(SetterCalls))]
    public void Setter_Signed_FailsWithBadOrigin(RuntimeCall call)
    {
        using var chain = Chain();
        chain.AssertNoop(call, Origin.Signed(Alice), DispatchError.BadOrigin);
    }

    [Theory]
    [MemberData(nameof(PerSubnetCheckedSetters))]
    public void Setter_MissingSubnet_FailsWithNetworkDoesNotExist(RuntimeCall call)
    {
        using var chain = Chain();
        chain.AssertNoop(call, Origin.Root, SubtensorErrors.Of(SubtensorError.NetworkDoesNotExist));
    }

    [Fact]
    public void SetMaxAllowedUids_NotAboveRegisteredCount_FailsWithMaxAllowedUIdsNotAllowed()
    {
        using var chain = Chain().Registered(1, Alice, SubtensorSetup.Account(1));
        chain.AssertNoop(new SudoSetMaxAllowedUids(1, 1), Origin.Root, SubtensorErrors.Of(SubtensorError.MaxAllowedUIdsNotAllowed));
    }

    [Fact]
    public void SetScalingLawPower_Above100_FailsWithStorageValueOutOfRange()
    {
        using var chain = Chain();
        chain.AssertNoop(new SudoSetScalingLawPower(1, 101), Origin.Root, SubtensorErrors.Of(SubtensorError.StorageValueOutOfRange));
    }

    [Fact]
    public void SetTempo_AtMaximum_FailsWithInvalidTempo()
    {
        using var chain = Chain();
        chain.AssertNoop(new SudoSetTempo(1, ushort.MaxValue), Origin.Root, SubtensorErrors.Of(SubtensorError.InvalidTempo));
    }
}
