using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;

namespace Finney.Conformance.Tests;

/// <summary>Keys from random mnemonics and URIs must equal what @polkadot/keyring derives.</summary>
public class KeyDerivationConformanceTests(JsOracleFixture fixture) : IClassFixture<JsOracleFixture>
{
    private const int Seed = 20261125;
    private readonly JsOracle _js = fixture.Oracle;

    [Theory]
    [InlineData(KeyScheme.Sr25519)]
    [InlineData(KeyScheme.Ed25519)]
    [InlineData(KeyScheme.Ecdsa)]
    public void FromUri_RandomMnemonicsAndPaths_MatchPolkadotKeyring(KeyScheme scheme)
    {
        var random = new Random(Seed + (int)scheme);
        for (var i = 0; i < 40; i++)
        {
            var phrase = _js.AskString(new { op = "mnemonicGenerate", words = random.Next(2) == 0 ? 12 : 24 });
            var uri = phrase + RandomUris.Path(random, allowSoft: scheme == KeyScheme.Sr25519) + RandomUris.Password(random);
            using var ours = KeyPairs.FromUri(uri, scheme);
            var theirs = _js.Ask(new { op = "key", uri, scheme = Name(scheme) });
            Hex.Encode(ours.PublicKey).ShouldBe(theirs["publicKey"]!.GetValue<string>(), $"public key of '{uri}' ({scheme})");
            ours.AccountId.ToSs58().ShouldBe(theirs["address"]!.GetValue<string>(), $"address of '{uri}' ({scheme})");
        }
    }

    [Fact]
    public void Mnemonic_RandomPhrases_EntropyAndMiniSecretMatchPolkadotJs()
    {
        var random = new Random(Seed);
        foreach (var words in new[] { 12, 15, 18, 21, 24 })
        {
            var phrase = _js.AskString(new { op = "mnemonicGenerate", words });
            var password = RandomUris.Name(random);
            var theirs = _js.Ask(new { op = "mnemonic", phrase, password });
            theirs["valid"]!.GetValue<bool>().ShouldBeTrue();
            Hex.Encode(Mnemonic.ToEntropy(phrase)).ShouldBe(theirs["entropy"]!.GetValue<string>());
            Hex.Encode(Mnemonic.ToMiniSecret(phrase, password)).ShouldBe(theirs["miniSecret"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Ss58_RandomKeysAndPrefixes_MatchPolkadotJs()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 50; i++)
        {
            var key = new byte[32];
            random.NextBytes(key);
            var prefix = (ushort)(i % 3 == 0 ? 42 : random.Next(0, 16384));
            if (prefix is 46 or 47)
            {
                // polkadot.js refuses the two prefixes the SS58 registry reserves.
                continue;
            }

            var ours = Ss58.Encode(key, prefix);
            ours.ShouldBe(_js.AskString(new { op = "ss58Encode", publicKey = Hex.Encode(key), prefix }), $"prefix {prefix}");
            _js.AskString(new { op = "ss58Decode", address = ours }).ShouldBe(Hex.Encode(key));
        }
    }

    internal static string Name(KeyScheme scheme) => scheme.ToString().ToLowerInvariant();
}
