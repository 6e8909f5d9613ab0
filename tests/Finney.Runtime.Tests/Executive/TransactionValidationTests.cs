using Finney.Primitives.Keys;
using Finney.Runtime.Balances;
using Finney.Runtime.Executive.Extensions;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.System;
using Finney.Runtime.Timestamp;
using Finney.Testing;

namespace Finney.Runtime.Tests.Executive;

public sealed class TransactionValidationTests
{
    private const ulong Tao = TestRuntime.Tao;

    private static TestChain Chain() => new TestRuntime().WithDevBalances(100 * Tao).Build();

    private static TransferKeepAlive Pay(ulong rao) => new(MultiAddress.Id(DevAccounts.Bob.AccountId), rao);

    [Fact]
    public void CurrentNonce_IsReady_ProvidesItsTag()
    {
        using var chain = Chain();
        var check = chain.Validate(chain.Sign(DevAccounts.Alice, Pay(Tao)));
        var valid = check.Valid.ShouldNotBeNull();
        valid.Requires.ShouldBeEmpty();
        valid.Provides.Single().ShouldBe(CheckNonce.Tag(DevAccounts.Alice.AccountId, 0));
        valid.Priority.ShouldBe(1ul);
        valid.Longevity.ShouldBe(ulong.MaxValue);
        valid.Propagate.ShouldBeTrue();
    }

    [Fact]
    public void FutureNonce_IsValid_RequiringThePreviousTag()
    {
        using var chain = Chain();
        var valid = chain.Validate(chain.Sign(DevAccounts.Alice, Pay(Tao), nonce: 3)).Valid.ShouldNotBeNull();
        valid.Requires.Single().ShouldBe(CheckNonce.Tag(DevAccounts.Alice.AccountId, 2));
    }

    [Fact]
    public void StaleNonce_IsInvalid()
    {
        using var chain = Chain();
        chain.ProduceBlock(chain.Sign(DevAccounts.Alice, Pay(Tao)));
        chain.Validate(chain.Sign(DevAccounts.Alice, Pay(Tao), nonce: 0)).Error.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.Stale));
    }

    [Fact]
    public void BadSignature_IsBadProof()
    {
        using var chain = Chain();
        var xt = chain.Sign(DevAccounts.Alice, Pay(Tao));
        xt[40] ^= 0xff;
        chain.Validate(xt).Error.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.BadProof));
    }

    [Fact]
    public void SignedForAnotherChain_IsBadProof()
    {
        using var chain = Chain();
        var call = Pay(Tao);
        var xt = UncheckedExtrinsic.Sign(DevAccounts.Alice, call, new SignedExtra(Era.Immortal, 0, 0), new SignedImplicit(chain.Runtime.Version.SpecVersion, 1, new byte[32], new byte[32]));
        chain.Validate(xt).Error.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.BadProof));
    }

    [Fact]
    public void UnfundedSigner_CannotPay()
    {
        using var chain = Chain();
        var stranger = DevAccounts.Key("Stranger");
        chain.Validate(chain.Sign(stranger, Pay(Tao))).Error.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.Payment));
    }

    [Fact]
    public void FeeThatWouldTakeTheSignerBelowTheDeposit_CannotBePaid()
    {
        using var chain = new TestRuntime().WithBalance(DevAccounts.Alice.AccountId, 1_000).Build();
        chain.Validate(chain.Sign(DevAccounts.Alice, Pay(1))).Error.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.Payment));
    }

    [Fact]
    public void MortalEra_GivesLongevity_AndExpiresAfterItsPeriod()
    {
        using var chain = Chain();
        for (var i = 0; i < 3; i++)
        {
            chain.ProduceBlock();
        }

        var xt = chain.Sign(DevAccounts.Alice, Pay(Tao), era: Era.Mortal(4, chain.Head.Number));
        var valid = chain.Validate(xt).Valid.ShouldNotBeNull();
        valid.Longevity.ShouldBeLessThanOrEqualTo(4ul);
        for (var i = 0; i < 5; i++)
        {
            chain.ProduceBlock();
        }

        chain.Validate(xt).Error.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.BadProof));
    }

    [Fact]
    public void BirthBlockOlderThanTheHashHistory_IsAncient()
    {
        using var chain = Chain();
        var xt = chain.Sign(DevAccounts.Alice, Pay(Tao), era: new Era(65_536, 0));
        for (var i = 0; i < 3; i++)
        {
            chain.ProduceBlock();
        }

        // The birth block for phase 0 of a 65,536-block era at block 4 is block 0, which is known; one in the future is not.
        chain.Validate(chain.Sign(DevAccounts.Alice, Pay(Tao), era: new Era(65_536, 100))).Error
            .ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.AncientBirthBlock));
        chain.Validate(xt).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Inherent_IsNotValidatedByThePool()
    {
        using var chain = Chain();
        chain.Validate(FinneyRuntime.TimestampInherent(1)).Error.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.MandatoryValidation));
    }

    [Fact]
    public void UnsignedTransfer_HasNoValidator()
    {
        using var chain = Chain();
        chain.Validate(UncheckedExtrinsic.EncodeUnsigned(Pay(1))).Error.ShouldBe(TransactionValidityError.Unknown(UnknownTransaction.NoUnsignedValidator));
    }

    [Fact]
    public void NonIdSigner_CannotBeLookedUp()
    {
        using var chain = Chain();
        var xt = UncheckedExtrinsic.EncodeSigned(new MultiAddress(MultiAddressKind.Index, []), new MultiSignature(SignatureScheme.Sr25519, new byte[64]), new SignedExtra(Era.Immortal, 0, 0), Pay(1));
        chain.Validate(xt).Error.ShouldBe(TransactionValidityError.Unknown(UnknownTransaction.CannotLookup));
    }

    [Fact]
    public void MalformedBytes_AreReportedAsMalformed()
    {
        using var chain = Chain();
        var check = chain.Validate([0x08, 0x85, 0x00]);
        check.MalformedReason.ShouldNotBeNull();
        check.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Ed25519AndEcdsaSigners_AreAccepted()
    {
        using var ecdsa = KeyPairs.FromUri("//Alice", KeyScheme.Ecdsa);
        var ed = DevAccounts.Key("Alice", KeyScheme.Ed25519);
        using var chain = new TestRuntime().WithBalance(ecdsa.AccountId, 10 * Tao).WithBalance(ed.AccountId, 10 * Tao).Build();
        var (_, outcomes) = chain.ProduceBlock(chain.Sign(ecdsa, Pay(Tao)), chain.Sign(ed, Pay(Tao)));
        outcomes.ShouldAllBe(o => o.Result.IsSuccess);
        chain.Free(DevAccounts.Bob.AccountId).ShouldBe(2 * Tao);
    }

    [Fact]
    public void ValidationMessages_AreSubstrates()
    {
        TransactionValidityError.Invalid(InvalidTransaction.BadProof).Message.ShouldBe("Transaction has a bad signature");
        TransactionValidityError.Invalid(InvalidTransaction.Stale).Message.ShouldBe("Transaction is outdated");
        TransactionValidityError.Invalid(InvalidTransaction.Payment).Message.ShouldBe("Inability to pay some fees (e.g. account balance too low)");
        TransactionValidityError.Invalid(InvalidTransaction.Custom, 7).Message.ShouldBe("Custom error: 7");
    }

    [Fact]
    public void SetTimestampCall_RequiresNoneOrigin()
    {
        using var chain = Chain();
        chain.AssertNoop(new SetTimestamp(1), Runtime.Kernel.Origin.Signed(DevAccounts.Alice.AccountId), Runtime.Kernel.DispatchError.BadOrigin);
    }

    [Fact]
    public void AccountNonce_IncreasesPerIncludedTransaction()
    {
        using var chain = Chain();
        chain.ProduceBlock(chain.Sign(DevAccounts.Alice, Pay(Tao)), chain.Sign(DevAccounts.Alice, Pay(Tao), nonce: 1));
        SystemStorage.Account.Get(chain.State, DevAccounts.Alice.AccountId).Nonce.ShouldBe(2u);
    }
}
