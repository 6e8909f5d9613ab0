using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;
using Finney.Primitives.Scale;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Timestamp;
using Finney.Testing;

namespace Finney.Runtime.Tests.Extrinsics;

/// <summary>
/// The signed ed25519 transfer vectors of the compat note's appendix A (made with polkadot.js against subtensor
/// spec 393 metadata, genesis 0x11…, birth block 0x22…): decode, rebuild the payload, verify, hash.
/// </summary>
public sealed class AppendixVectorTests
{
    private const string Call = "0x0503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee";
    private const string ImmortalXt = "0x3902840088dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee00a2b9a80ae36061dae67c3f14a7020bcfc97a916de08591ab50a1a8185c322e0a7f8ffba2c0223ad5f5dada78cdf096142b642c8af43b649037fb95d402f3ab03001400000503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee";
    private const string ImmortalPayload = "0x0503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee0014000089010000010000001111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111100";
    private const string ImmortalHash = "0xaf03f507b0eb831c3364009728583b00e13141a07c3f752a741abd55895307ee";
    private const string MortalXt = "0x3d02840088dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee00695970d1a85cb6816628a81d73bc5ada46a67ff2142bff25b2572e54d24fa588864da4101039c8e3707197d8fee1405856e5a9c47edee25374fa6db3238d4e0e85021400000503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee";
    private const string MortalPayload = "0x0503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee850214000089010000010000001111111111111111111111111111111111111111111111111111111111111111222222222222222222222222222222222222222222222222222222222222222200";
    private const string MortalHash = "0x82628539a0853c830c39ff6b8c0b9147a181a6d992500cd6aacdfd7e27df83fb";
    private const string Sr25519Xt = "0x39028400d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d01a08470d8ba1e8ec2f2e2cbf7738f45c5071370bc4d8e672d74393d4e46fc8936769927eac506d8b75638b2d4c863cf384b51ef1a0045c1a2631bbf6aea43a483000000000503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee";

    private static readonly byte[] Genesis = Enumerable.Repeat((byte)0x11, 32).ToArray();
    private static readonly byte[] Birth = Enumerable.Repeat((byte)0x22, 32).ToArray();

    [Theory]
    [InlineData(ImmortalXt, ImmortalPayload, ImmortalHash, false)]
    [InlineData(MortalXt, MortalPayload, MortalHash, true)]
    public void Ed25519Transfer_Decodes_RebuildsPayload_Verifies_Hashes(string xtHex, string payloadHex, string hashHex, bool mortal)
    {
        var xt = UncheckedExtrinsic.Decode(Hex.Decode(xtHex));
        var signature = xt.Signature.ShouldNotBeNull();
        signature.Extra.Nonce.ShouldBe(5u);
        signature.Extra.Tip.ShouldBe(0ul);
        signature.Extra.Era.ShouldBe(mortal ? Era.Mortal(64, 1000) : Era.Immortal);
        signature.Signature.Scheme.ShouldBe(SignatureScheme.Ed25519);
        signature.Address.TryLookup(out var signer).ShouldBeTrue();
        signer.ShouldBe(DevAccounts.Key("Alice", KeyScheme.Ed25519).AccountId);
        var transfer = xt.Call.ShouldBeOfType<TransferKeepAlive>();
        transfer.Value.ShouldBe(1_000_000_000ul);
        Hex.Encode(xt.CallBytes).ShouldBe(Call);

        var payload = SigningPayload.Build(xt.CallBytes, xt.ExtraBytes, new SignedImplicit(393, 1, Genesis, mortal ? Birth : Genesis));
        Hex.Encode(payload).ShouldBe(payloadHex);
        signature.Signature.Verify(payload, signer).ShouldBeTrue();
        Hex.Encode(xt.Hash()).ShouldBe(hashHex);
        UncheckedExtrinsic.EncodeSigned(signature.Address, signature.Signature, signature.Extra, xt.Call).ShouldBe(xt.Encoded);
    }

    [Fact]
    public void Ed25519Transfer_SignedByUs_IsTheVector()
    {
        var key = DevAccounts.Key("Alice", KeyScheme.Ed25519);
        var call = new TransferKeepAlive(MultiAddress.Id(DevAccounts.Bob.AccountId), 1_000_000_000);
        var xt = UncheckedExtrinsic.Sign(key, call, new SignedExtra(Era.Immortal, 5, 0), new SignedImplicit(393, 1, Genesis, Genesis));
        Hex.Encode(xt).ShouldBe(ImmortalXt);
    }

    [Fact]
    public void Sr25519Transfer_Decodes_AndVerifiesAgainstItsPayload()
    {
        var xt = UncheckedExtrinsic.Decode(Hex.Decode(Sr25519Xt));
        var signature = xt.Signature.ShouldNotBeNull();
        signature.Signature.Scheme.ShouldBe(SignatureScheme.Sr25519);
        signature.Extra.Nonce.ShouldBe(0u);
        signature.Address.TryLookup(out var signer).ShouldBeTrue();
        signer.ShouldBe(DevAccounts.Alice.AccountId);
        var payload = SigningPayload.Build(xt.CallBytes, xt.ExtraBytes, new SignedImplicit(393, 1, Genesis, Genesis));
        signature.Signature.Verify(payload, signer).ShouldBeTrue();
        var tampered = (byte[])payload.Clone();
        tampered[0] ^= 1;
        signature.Signature.Verify(tampered, signer).ShouldBeFalse();
    }

    [Fact]
    public void TimestampInherent_IsTheVector()
    {
        Hex.Encode(FinneyRuntime.TimestampInherent(1_700_000_000_000)).ShouldBe("0x280402000b0068e5cf8b01");
        UncheckedExtrinsic.Decode(Hex.Decode("0x280402000b0068e5cf8b01")).Call.ShouldBe(new SetTimestamp(1_700_000_000_000));
    }

    [Fact]
    public void LongPayload_IsHashedBeforeSigning()
    {
        var longCall = new byte[300];
        var payload = SigningPayload.Build(longCall, [0], new SignedImplicit(1, 1, Genesis, Genesis));
        payload.Length.ShouldBe(32);
        payload.ShouldBe(Primitives.Hashing.Blake2b.Hash256([.. longCall, 0, .. ScaleCodec.Encode(ScaleCodec.U32, 1u), .. ScaleCodec.Encode(ScaleCodec.U32, 1u), .. Genesis, .. Genesis, 0]));
    }

    [Fact]
    public void EcdsaSignature_IsCheckedAgainstTheAccountHash()
    {
        using var key = KeyPairs.FromUri("//Alice", KeyScheme.Ecdsa);
        var call = new TransferKeepAlive(MultiAddress.Id(DevAccounts.Bob.AccountId), 1);
        var xt = UncheckedExtrinsic.Decode(UncheckedExtrinsic.Sign(key, call, new SignedExtra(Era.Immortal, 0, 0), new SignedImplicit(1, 1, Genesis, Genesis)));
        var signature = xt.Signature.ShouldNotBeNull();
        signature.Signature.Scheme.ShouldBe(SignatureScheme.Ecdsa);
        signature.Address.TryLookup(out var signer).ShouldBeTrue();
        Hex.Encode(signer.Bytes).ShouldBe("0x01e552298e47454041ea31273b4b630c64c104e4514aa3643490b8aaca9cf8ed");
        var payload = SigningPayload.Build(xt.CallBytes, xt.ExtraBytes, new SignedImplicit(1, 1, Genesis, Genesis));
        signature.Signature.Verify(payload, signer).ShouldBeTrue();
        signature.Signature.Verify(payload, DevAccounts.Bob.AccountId).ShouldBeFalse();
    }
}
