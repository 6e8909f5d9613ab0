using Finney.Consensus.Driver;
using Finney.Consensus.Machine;

namespace Finney.Consensus.Tests.Driver;

public class ConsensusTimeoutsTests
{
    [Fact]
    public void For_GrowsLinearlyWithTheRound()
    {
        var timeouts = new ConsensusTimeouts();

        timeouts.For(TimeoutKind.Propose, 0).ShouldBe(TimeSpan.FromSeconds(3));
        timeouts.For(TimeoutKind.Propose, 4).ShouldBe(TimeSpan.FromSeconds(5));
        timeouts.For(TimeoutKind.Precommit, 2).ShouldBe(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Validate_Defaults_AreUsable_ZeroGrowthIsNot()
    {
        new ConsensusTimeouts().Validate().ShouldBeEmpty();
        new ConsensusTimeouts { DeltaPerRound = TimeSpan.Zero }.Validate().ShouldHaveSingleItem().ShouldContain("per-round");
        new ConsensusTimeouts { Prevote = TimeSpan.Zero }.Validate().ShouldHaveSingleItem().ShouldContain("positive");
    }
}
