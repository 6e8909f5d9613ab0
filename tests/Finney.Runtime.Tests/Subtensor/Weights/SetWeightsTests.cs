using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Weights;
using Finney.Storage;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Weights;

public sealed class SetWeightsTests
{
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Validator = SubtensorSetup.Account(0);
    private static readonly AccountId32 Miner = SubtensorSetup.Account(1);

    // Two UIDs; the validator (UID 0) holds a permit; no rate limit, minimum one weight, no max limit.
    private static TestChain Chain()
    {
        var chain = new TestRuntime().WithBalance(Alice, 1_000 * TestRuntime.Tao).Build().WithSubnet(1)
            .Sudo(new SudoSetMaxRegistrationsPerBlock(1, 10)).Sudo(new SudoSetWeightsSetRateLimit(1, 0))
            .Sudo(new SudoSetMinAllowedWeights(1, 1)).Sudo(new SudoSetMaxWeightLimit(1, ushort.MaxValue))
            .Registered(1, Alice, Validator).Registered(1, Alice, Miner);
        var overlay = new StateOverlay(chain.State);
        NeuronStorage.ValidatorPermit.Insert(overlay, 1, [true, false]);
        return chain.WithChanges(overlay);
    }

    private static DispatchError Err(SubtensorError e) => SubtensorErrors.Of(e);

    [Fact]
    public void SetWeights_StoresMaxUpscaledValues_AndStampsLastUpdate()
    {
        using var chain = Chain().RunBlocks(2);
        var result = chain.Dispatch(new SetWeights(1, [0, 1], [1, 2], 0), Validator);

        result.IsOk.ShouldBeTrue();
        result.PostInfo.PaysFee.ShouldBe(Pays.No);
        chain.LastEvent.ShouldBe(new WeightsSet(1, 0));
        WeightsStorage.Weights.Get(chain.State, 1, 0).ShouldBe([((ushort)0, (ushort)32_768), ((ushort)1, (ushort)65_535)]);
        NeuronStorage.LastUpdate.Get(chain.State, 1)[0].ShouldBe(2UL);
    }

    [Fact]
    public void SetWeights_SelfWeightWithoutPermit_IsAllowed()
    {
        using var chain = Chain();
        chain.Dispatch(new SetWeights(1, [1], [5], 0), Miner).IsOk.ShouldBeTrue();
        WeightsStorage.Weights.Get(chain.State, 1, 1).ShouldBe([((ushort)1, ushort.MaxValue)]);
    }

    [Fact]
    public void SetWeights_LengthMismatch_FailsWithWeightVecNotEqualSize() =>
        Fails(new SetWeights(1, [0, 1], [1], 0), Validator, SubtensorError.WeightVecNotEqualSize);

    [Fact]
    public void SetWeights_MissingSubnet_FailsWithNetworkDoesNotExist() =>
        Fails(new SetWeights(2, [0], [1], 0), Validator, SubtensorError.NetworkDoesNotExist);

    [Fact]
    public void SetWeights_MoreWeightsThanUids_FailsWithTooManyUids() =>
        Fails(new SetWeights(1, [0, 1, 2], [1, 1, 1], 0), Validator, SubtensorError.TooManyUids);

    [Fact]
    public void SetWeights_UnregisteredHotkey_FailsWithNotRegistered() =>
        Fails(new SetWeights(1, [0], [1], 0), SubtensorSetup.Account(9), SubtensorError.NotRegistered);

    [Fact]
    public void SetWeights_VersionBelowTheSubnets_FailsWithIncorrectNetworkVersionKey()
    {
        using var chain = Chain().Sudo(new SudoSetWeightsVersionKey(1, 400));
        chain.AssertNoop(new SetWeights(1, [1], [1], 399), Origin.Signed(Validator), Err(SubtensorError.IncorrectNetworkVersionKey));
        chain.Dispatch(new SetWeights(1, [1], [1], 401), Validator).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void SetWeights_AgainWithinTheRateLimit_FailsWithSettingWeightsTooFast()
    {
        using var chain = Chain().Sudo(new SudoSetWeightsSetRateLimit(1, 3)).RunBlocks(3);
        chain.Dispatch(new SetWeights(1, [1], [1], 0), Validator).IsOk.ShouldBeTrue();
        chain.RunBlocks(2);
        chain.AssertNoop(new SetWeights(1, [1], [1], 0), Origin.Signed(Validator), Err(SubtensorError.SettingWeightsTooFast));
        chain.RunBlocks(1);
        chain.Dispatch(new SetWeights(1, [1], [1], 0), Validator).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void SetWeights_OnOthersWithoutPermit_FailsWithNoValidatorPermit() =>
        Fails(new SetWeights(1, [0], [1], 0), Miner, SubtensorError.NoValidatorPermit);

    [Fact]
    public void SetWeights_DuplicateUid_FailsWithDuplicateUids() =>
        Fails(new SetWeights(1, [1, 1], [1, 1], 0), Validator, SubtensorError.DuplicateUids);

    [Fact]
    public void SetWeights_UidWithoutNeuron_FailsWithInvalidUid() =>
        Fails(new SetWeights(1, [1, 5], [1, 1], 0), Validator, SubtensorError.InvalidUid);

    [Fact]
    public void SetWeights_FewerThanTheMinimum_FailsWithNotSettingEnoughWeights()
    {
        using var chain = Chain().Sudo(new SudoSetMinAllowedWeights(1, 2));
        chain.AssertNoop(new SetWeights(1, [1], [1], 0), Origin.Signed(Validator), Err(SubtensorError.NotSettingEnoughWeights));
    }

    [Fact]
    public void SetWeights_MinimumAboveSubnetSize_IsCappedAtTheSubnetSize()
    {
        using var chain = Chain().Sudo(new SudoSetMinAllowedWeights(1, 1024));
        chain.Dispatch(new SetWeights(1, [0, 1], [1, 1], 0), Validator).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void SetWeights_NormalisedWeightAboveTheLimit_FailsWithMaxWeightExceeded()
    {
        using var chain = Chain().Sudo(new SudoSetMaxWeightLimit(1, 32_768));
        chain.AssertNoop(new SetWeights(1, [0, 1], [1, 3], 0), Origin.Signed(Validator), Err(SubtensorError.MaxWeightExceeded));
        chain.Dispatch(new SetWeights(1, [0, 1], [1, 1], 0), Validator).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void SetWeights_Unsigned_FailsWithBadOrigin()
    {
        using var chain = Chain();
        chain.AssertNoop(new SetWeights(1, [0], [1], 0), Origin.Root, DispatchError.BadOrigin);
    }

    [Fact]
    public void WeightRules_MaxLimit_ComparesTheNormalisedMaximumInI32F32()
    {
        WeightRules.IsMaxLimited([65_535, 65_535], 32_767).ShouldBeFalse();
        WeightRules.IsMaxLimited([65_535, 65_535], 32_768).ShouldBeTrue();
        WeightRules.IsMaxLimited([], 0).ShouldBeTrue();
        WeightRules.IsMaxLimited([0, 0], 0).ShouldBeTrue();
    }

    private static void Fails(SetWeights call, AccountId32 signer, SubtensorError expected)
    {
        using var chain = Chain();
        chain.AssertNoop(call, Origin.Signed(signer), Err(expected));
    }
}
