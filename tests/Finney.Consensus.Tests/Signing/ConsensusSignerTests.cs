using Finney.Consensus.Signing;

namespace Finney.Consensus.Tests.Signing;

public class ConsensusSignerTests
{
    private readonly InMemoryLastSignedStore _store = new();

    [Fact]
    public void TrySign_ForwardSteps_SignAndPersist()
    {
        var signer = Signer();

        Sign(signer, 5, 0, SignStep.Prevote, "a").Refusal.ShouldBe(SigningRefusal.None);
        Sign(signer, 5, 0, SignStep.Precommit, "b").Refusal.ShouldBe(SigningRefusal.None);
        Sign(signer, 5, 2, SignStep.Proposal, "c").Refusal.ShouldBe(SigningRefusal.None);

        var record = _store.Load()!;
        record.Height.ShouldBe(5u);
        record.Entries.Select(e => (e.Round, e.Step)).ShouldBe([(0, SignStep.Prevote), (0, SignStep.Precommit), (2, SignStep.Proposal)]);
    }

    [Fact]
    public void TrySign_DifferentBytesForSignedStep_IsRefused_EvenAfterRestart()
    {
        Sign(Signer(), 5, 1, SignStep.Prevote, "value A");

        var restarted = Signer();

        Sign(restarted, 5, 1, SignStep.Prevote, "value B").Refusal.ShouldBe(SigningRefusal.ConflictingPayload);
    }

    [Fact]
    public void TrySign_SameBytesAgain_ReturnsTheSameSignature()
    {
        var first = Sign(Signer(), 5, 1, SignStep.Prevote, "value A");
        var signer = Signer();
        Sign(signer, 5, 1, SignStep.Precommit, "value A precommit");

        var replayed = Sign(signer, 5, 1, SignStep.Prevote, "value A");

        replayed.Refusal.ShouldBe(SigningRefusal.None);
        replayed.Signature.ShouldBe(first.Signature);
    }

    [Fact]
    public void TrySign_NewStepBelowTheLast_IsRefused()
    {
        var signer = Signer();
        Sign(signer, 5, 3, SignStep.Prevote, "x");

        Sign(signer, 5, 2, SignStep.Precommit, "y").Refusal.ShouldBe(SigningRefusal.StepBelowLastSigned);
        Sign(signer, 5, 3, SignStep.Proposal, "z").Refusal.ShouldBe(SigningRefusal.StepBelowLastSigned);
    }

    [Fact]
    public void TrySign_LowerHeight_IsRefused_HigherHeight_StartsAFreshRecord()
    {
        var signer = Signer();
        Sign(signer, 5, 3, SignStep.Precommit, "x");

        Sign(signer, 4, 9, SignStep.Prevote, "y").Refusal.ShouldBe(SigningRefusal.HeightBelowLastSigned);
        Sign(signer, 6, 0, SignStep.Prevote, "z").Refusal.ShouldBe(SigningRefusal.None);
        _store.Load()!.Entries.ShouldHaveSingleItem();
    }

    [Fact]
    public void TrySign_RunsBeforePersistBeforeSaving()
    {
        var order = new List<string>();
        var store = new RecordingStore(order);
        var signer = new ConsensusSigner(TestValidators.Key(0), store, () => order.Add("flush wal"));

        signer.TrySign(1, 0, SignStep.Prevote, [1, 2, 3]);

        order.ShouldBe(["flush wal", "save"]);
    }

    [Fact]
    public void FileStore_SurvivesReopen_AndLeavesNoTemporaryFile()
    {
        var directory = Directory.CreateTempSubdirectory("finney-lastsigned-");
        try
        {
            var path = Path.Combine(directory.FullName, "last_signed");
            var signer = new ConsensusSigner(TestValidators.Key(0), new FileLastSignedStore(path));
            signer.TrySign(3, 1, SignStep.Precommit, [9]);

            var reopened = new ConsensusSigner(TestValidators.Key(0), new FileLastSignedStore(path));

            reopened.TrySign(3, 1, SignStep.Precommit, [8]).Refusal.ShouldBe(SigningRefusal.ConflictingPayload);
            new FileLastSignedStore(path).Load()!.Height.ShouldBe(3u);
            File.Exists(path + ".tmp").ShouldBeFalse();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private ConsensusSigner Signer() => new(TestValidators.Key(0), _store);

    private static (byte[]? Signature, SigningRefusal Refusal) Sign(ConsensusSigner signer, uint height, int round, SignStep step, string payload) =>
        signer.TrySign(height, round, step, System.Text.Encoding.UTF8.GetBytes(payload));

    private sealed class RecordingStore(List<string> order) : ILastSignedStore
    {
        public LastSignedRecord? Load() => null;

        public void Save(LastSignedRecord record) => order.Add("save");
    }
}
