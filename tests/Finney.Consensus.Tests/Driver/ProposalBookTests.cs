using Finney.Consensus.Driver;
using Finney.Consensus.Messages;
using Finney.Consensus.Votes;

namespace Finney.Consensus.Tests.Driver;

public class ProposalBookTests
{
    private static readonly SignedProposal A = TestValidators.SignProposal(TestValidators.Key(1), new Proposal(1, 0, TestValidators.Value(1), -1, 1));
    private static readonly SignedProposal B = TestValidators.SignProposal(TestValidators.Key(1), new Proposal(1, 0, TestValidators.Value(2), -1, 1));
    private static readonly SignedProposal C = TestValidators.SignProposal(TestValidators.Key(1), new Proposal(1, 0, TestValidators.Value(3), -1, 1));

    // Found by the simulation (seed 60377): a twin's identical proposal arrived before the node's own, and the
    // node reported itself for proposing the same thing twice.
    [Fact]
    public void Add_IdenticalProposalAgain_IsNeitherKeptTwiceNorEvidence()
    {
        var book = new ProposalBook();
        book.Add(A, isValid: true);

        book.Add(A, isValid: true).ShouldBeNull();

        book.InRound(0).ShouldHaveSingleItem();
    }

    [Fact]
    public void Add_DifferentProposalSameRound_IsEvidence_AndAThirdIsDropped()
    {
        var book = new ProposalBook();
        book.Add(A, isValid: true);

        book.Add(B, isValid: false).ShouldBe(new Equivocation.DuplicateProposal(A, B));
        book.Add(C, isValid: true).ShouldBeNull();

        book.InRound(0).Select(p => p.IsValid).ShouldBe([true, false]);
    }
}
