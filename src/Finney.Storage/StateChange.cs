namespace Finney.Storage;

/// <summary>One key's new value after a block or a call: a value to write, or null to delete the key.</summary>
public readonly record struct StateChange(byte[] Key, byte[]? Value);
