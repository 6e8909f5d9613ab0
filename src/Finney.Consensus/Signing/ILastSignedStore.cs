namespace Finney.Consensus.Signing;

/// <summary>Durable storage of the <see cref="LastSignedRecord"/>: <see cref="Save"/> returns only once it would survive a crash.</summary>
public interface ILastSignedStore
{
    /// <summary>The saved record, or null if this validator never signed.</summary>
    LastSignedRecord? Load();

    /// <summary>Replaces the record durably.</summary>
    void Save(LastSignedRecord record);
}
