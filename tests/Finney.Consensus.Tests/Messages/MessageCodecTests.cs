using Finney.Consensus.Messages;
using Finney.Primitives.Scale;

namespace Finney.Consensus.Tests.Messages;

public class MessageCodecTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(3)]
    public void Proposal_RoundTrips(int polRound)
    {
        var signed = TestValidators.SignProposal(TestValidators.Key(2), new Proposal(9, 4, TestValidators.Value(7), polRound, 2));
        using var writer = new ScaleWriter();

        MessageCodec.Write(writer, signed);
        var reader = new ScaleReader(writer.WrittenSpan);
        var decoded = MessageCodec.ReadProposal(ref reader);

        reader.IsAtEnd.ShouldBeTrue();
        decoded.IsSameAs(signed).ShouldBeTrue();
        writer.Length.ShouldBe(4 + 4 + 32 + (polRound < 0 ? 1 : 5) + 4 + 64);
    }

    [Theory]
    [InlineData(VoteType.Prevote, true)]
    [InlineData(VoteType.Precommit, false)]
    public void Vote_RoundTrips(VoteType type, bool hasValue)
    {
        var signed = TestValidators.SignVote(TestValidators.Key(1), new Vote(type, 12, 2, hasValue ? TestValidators.Value(3) : null, 1));
        using var writer = new ScaleWriter();

        MessageCodec.Write(writer, signed);
        var reader = new ScaleReader(writer.WrittenSpan);

        MessageCodec.ReadVote(ref reader).IsSameAs(signed).ShouldBeTrue();
        writer.Length.ShouldBe(1 + 4 + 4 + (hasValue ? 33 : 1) + 4 + 64);
    }

    [Fact]
    public void ReadVote_UnknownType_Throws()
    {
        var bytes = new byte[1 + 4 + 4 + 1 + 4 + 64];
        bytes[0] = 2;

        Should.Throw<ScaleFormatException>(() =>
        {
            var reader = new ScaleReader(bytes);
            MessageCodec.ReadVote(ref reader);
        });
    }
}
