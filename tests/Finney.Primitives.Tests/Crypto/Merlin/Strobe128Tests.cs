using Finney.Primitives.Crypto.Merlin;

namespace Finney.Primitives.Tests.Crypto.Merlin;

public class Strobe128Tests
{
    // The conformance sequence from merlin's strobe.rs test (checked there against strobe-rs); expected bytes
    // from @scure/sr25519's "strobe128" test.
    [Fact]
    public void ConformanceSequence_MatchesStrobeReference()
    {
        var strobe = new Strobe128("Conformance Test Protocol"u8);
        var message = Enumerable.Repeat((byte)99, 1024).ToArray();
        strobe.MetaAd("ms"u8, more: false);
        strobe.MetaAd("g"u8, more: true);
        strobe.Ad(message, more: false);

        var prf = new byte[32];
        strobe.MetaAd("prf"u8, more: false);
        strobe.Prf(prf, more: false);
        prf.ShouldBe(new byte[]
        {
            180, 142, 100, 92, 161, 124, 102, 127, 213, 32, 107, 165, 122, 106, 34, 141, 114, 216,
            225, 144, 56, 20, 211, 241, 127, 98, 41, 150, 215, 207, 239, 176,
        });

        strobe.MetaAd("key"u8, more: false);
        strobe.Key(prf, more: false);
        strobe.MetaAd("prf"u8, more: false);
        strobe.Prf(prf, more: false);
        prf.ShouldBe(new byte[]
        {
            7, 228, 92, 206, 128, 120, 206, 226, 89, 227, 227, 117, 187, 133, 215, 86, 16, 226, 209,
            225, 32, 28, 95, 100, 80, 69, 161, 148, 237, 212, 159, 248,
        });
    }

    [Fact]
    public void Continue_WithDifferentFlags_Throws()
    {
        var strobe = new Strobe128("p"u8);
        strobe.MetaAd("a"u8, more: false);
        Should.Throw<InvalidOperationException>(() => strobe.Ad("b"u8, more: true));
    }

    // A value copy is an independent fork: both halves continue identically from the same state.
    [Fact]
    public void Copy_ContinuedIdentically_GivesSameOutput()
    {
        var first = new Strobe128("fork"u8);
        first.Ad(new byte[300], more: false);
        var second = first;
        var a = new byte[64];
        var b = new byte[64];
        first.Prf(a, more: false);
        second.Prf(b, more: false);
        a.ShouldBe(b);
        a.ShouldNotBe(new byte[64]);
    }
}
