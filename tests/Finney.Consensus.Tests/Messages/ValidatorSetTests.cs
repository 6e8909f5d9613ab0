using Finney.Consensus.Messages;

namespace Finney.Consensus.Tests.Messages;

public class ValidatorSetTests
{
    [Theory]
    [InlineData(1, 0, 1, 1)]
    [InlineData(3, 0, 3, 1)]
    [InlineData(4, 1, 3, 2)]
    [InlineData(5, 1, 4, 2)]
    [InlineData(6, 1, 5, 2)]
    [InlineData(7, 2, 5, 3)]
    [InlineData(100, 33, 67, 34)]
    public void Thresholds_MatchGrandpaAndTendermint(int n, int f, int quorum, int skip)
    {
        var set = TestValidators.Set(TestValidators.Keys(n));

        set.MaxFaulty.ShouldBe(f);
        set.Quorum.ShouldBe(quorum);
        set.SkipThreshold.ShouldBe(skip);
        (3 * set.Quorum).ShouldBeGreaterThan(2 * n, "a quorum is more than two thirds");
        (2 * set.Quorum - n).ShouldBeGreaterThan(f, "two quorums share an honest validator");
    }

    [Fact]
    public void ProposerIndex_RotatesByHeightAndRound()
    {
        var set = TestValidators.Set(TestValidators.Keys(4));

        Enumerable.Range(0, 8).Select(r => set.ProposerIndex(10, r)).ShouldBe([2, 3, 0, 1, 2, 3, 0, 1]);
        set.ProposerIndex(11, 0).ShouldBe(3);
    }

    [Fact]
    public void Constructor_RepeatedKey_Throws()
    {
        var key = TestValidators.Key(1).PublicKey.ToArray();

        Should.Throw<ArgumentException>(() => new ValidatorSet([key, key]));
    }

    [Fact]
    public void IndexOf_UnknownKey_IsMinusOne()
    {
        var set = TestValidators.Set(TestValidators.Keys(3));

        set.IndexOf(TestValidators.Key(2).PublicKey).ShouldBe(2);
        set.IndexOf(TestValidators.Key(9).PublicKey).ShouldBe(-1);
    }
}
