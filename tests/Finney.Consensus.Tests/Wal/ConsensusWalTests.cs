using Finney.Consensus.Commits;
using Finney.Consensus.Driver;
using Finney.Consensus.Machine;
using Finney.Consensus.Messages;
using Finney.Consensus.Wal;

namespace Finney.Consensus.Tests.Wal;

public sealed class ConsensusWalTests : IDisposable
{
    private static readonly ValidatorSet Validators = TestValidators.Set(TestValidators.Keys(4), setId: 2);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("finney-wal-");

    private string WalPath => Path.Combine(_directory.FullName, "consensus.wal");

    public void Dispose() => _directory.Delete(recursive: true);

    public static TheoryData<int> InputKinds => [0, 1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(InputKinds))]
    public void Codec_RoundTripsEveryInputKind(int kind)
    {
        var input = SampleInputs()[kind];

        var decoded = ConsensusInputCodec.Decode(ConsensusInputCodec.Encode(input));

        ConsensusInputCodec.Encode(decoded).ShouldBe(ConsensusInputCodec.Encode(input));
        decoded.GetType().ShouldBe(input.GetType());
    }

    [Fact]
    public void FileWal_ReopenedAfterFlush_ReturnsTheHeightsInputsInOrder()
    {
        using (var wal = new FileConsensusWal(WalPath))
        {
            wal.BeginHeight((ConsensusInput.StartHeight)SampleInputs()[0]);
            foreach (var input in SampleInputs().Skip(1))
            {
                wal.Append(input);
            }

            wal.Flush();
        }

        using var reopened = new FileConsensusWal(WalPath);

        reopened.ReadDurable().Select(ConsensusInputCodec.Encode).ShouldBe(SampleInputs().Select(ConsensusInputCodec.Encode));
        reopened.TruncatedBytes.ShouldBe(0);
    }

    [Fact]
    public void FileWal_TornTail_IsTruncatedOnOpen_AndAppendsContinueAfterIt()
    {
        using (var wal = new FileConsensusWal(WalPath))
        {
            wal.BeginHeight((ConsensusInput.StartHeight)SampleInputs()[0]);
            wal.Append(SampleInputs()[4]);
            wal.Flush();
        }

        var intact = new FileInfo(WalPath).Length;
        File.AppendAllBytes(WalPath, [40, 0, 0, 0, 1, 2, 3, 4, 5]);

        using (var reopened = new FileConsensusWal(WalPath))
        {
            reopened.TruncatedBytes.ShouldBe(9);
            reopened.ReadDurable().Count.ShouldBe(2);
            reopened.Append(SampleInputs()[5]);
            reopened.Flush();
        }

        new FileInfo(WalPath).Length.ShouldBeGreaterThan(intact);
        using var again = new FileConsensusWal(WalPath);
        again.ReadDurable().Select(i => i.GetType()).ShouldBe([typeof(ConsensusInput.StartHeight), typeof(ConsensusInput.TimeoutElapsed), typeof(ConsensusInput.ValueReady)]);
    }

    [Fact]
    public void FileWal_CorruptRecord_DropsItAndEverythingAfter()
    {
        using (var wal = new FileConsensusWal(WalPath))
        {
            wal.BeginHeight((ConsensusInput.StartHeight)SampleInputs()[0]);
            wal.Append(SampleInputs()[4]);
            wal.Append(SampleInputs()[5]);
            wal.Flush();
        }

        var bytes = File.ReadAllBytes(WalPath);
        bytes[^3] ^= 0xFF;
        File.WriteAllBytes(WalPath, bytes);

        using var reopened = new FileConsensusWal(WalPath);

        reopened.ReadDurable().Count.ShouldBe(2);
        reopened.TruncatedBytes.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void BeginHeight_ReplacesThePreviousHeight()
    {
        using (var wal = new FileConsensusWal(WalPath))
        {
            wal.BeginHeight(new ConsensusInput.StartHeight(1, Validators));
            wal.Append(SampleInputs()[4]);
            wal.Flush();
            wal.BeginHeight(new ConsensusInput.StartHeight(2, Validators));
        }

        using var reopened = new FileConsensusWal(WalPath);

        reopened.ReadDurable().ShouldHaveSingleItem().ShouldBeOfType<ConsensusInput.StartHeight>().Height.ShouldBe(2u);
    }

    [Fact]
    public void InMemoryWal_Crash_LosesOnlyUnflushedAppends()
    {
        var wal = new InMemoryConsensusWal();
        wal.BeginHeight(new ConsensusInput.StartHeight(1, Validators));
        wal.Append(SampleInputs()[4]);
        wal.Flush();
        wal.Append(SampleInputs()[5]);

        wal.LoseUnflushed();

        wal.ReadDurable().Select(i => i.GetType()).ShouldBe([typeof(ConsensusInput.StartHeight), typeof(ConsensusInput.TimeoutElapsed)]);
    }

    private static List<ConsensusInput> SampleInputs()
    {
        var keys = TestValidators.Keys(4);
        var value = TestValidators.Value(3);
        var proposal = TestValidators.SignProposal(keys[1], new Proposal(7, 1, value, 0, 1), setId: 2);
        var vote = TestValidators.SignVote(keys[2], new Vote(VoteType.Precommit, 7, 1, value, 2), setId: 2);
        var commit = new Commit(7, 1, value, 2, [new CommitSignature(keys[2].PublicKey.ToArray(), vote.Signature)]);
        return
        [
            new ConsensusInput.StartHeight(7, Validators),
            new ConsensusInput.ReceiveProposal(proposal, IsValid: true),
            new ConsensusInput.ReceiveVote(vote),
            new ConsensusInput.ReceiveCommit(commit),
            new ConsensusInput.TimeoutElapsed(TimeoutKind.Prevote, 7, 1),
            new ConsensusInput.ValueReady(7, 2, value),
        ];
    }
}
