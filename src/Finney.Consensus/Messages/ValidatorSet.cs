namespace Finney.Consensus.Messages;

/// <summary>
/// The authorities of one GRANDPA set id: ed25519 public keys in chain-spec order, one vote each. With n
/// validators the protocol tolerates f = ⌊(n−1)/3⌋ faulty ones and needs n − f matching votes (more than 2/3,
/// GRANDPA's threshold) to lock or decide.
/// </summary>
public sealed class ValidatorSet
{
    private readonly byte[][] _keys;

    /// <summary>Creates the set; keys must be distinct 32-byte ed25519 public keys.</summary>
    /// <exception cref="ArgumentException">Empty, a key of the wrong length, or a repeated key.</exception>
    public ValidatorSet(IEnumerable<byte[]> publicKeys, ulong setId = 0)
    {
        _keys = publicKeys.Select(k => k.ToArray()).ToArray();
        if (_keys.Length == 0)
        {
            throw new ArgumentException("A validator set needs at least one validator.", nameof(publicKeys));
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i].Length != 32)
            {
                throw new ArgumentException($"Validator {i} has a {_keys[i].Length}-byte key; ed25519 keys are 32 bytes.", nameof(publicKeys));
            }

            if (IndexOf(_keys[i]) != i)
            {
                throw new ArgumentException($"Validator {i} repeats the key of validator {IndexOf(_keys[i])}.", nameof(publicKeys));
            }
        }

        SetId = setId;
    }

    /// <summary>GRANDPA's authority set id, part of every signed payload.</summary>
    public ulong SetId { get; }

    /// <summary>Number of validators, n.</summary>
    public int Count => _keys.Length;

    /// <summary>Most faulty validators the protocol survives, f = ⌊(n−1)/3⌋.</summary>
    public int MaxFaulty => (Count - 1) / 3;

    /// <summary>Votes needed for a polka, a lock or a decision: n − f, more than two thirds.</summary>
    public int Quorum => Count - MaxFaulty;

    /// <summary>Validators seen in a higher round that make a node skip to it: f + 1, so at least one is honest.</summary>
    public int SkipThreshold => MaxFaulty + 1;

    /// <summary>The public key of the validator at an index.</summary>
    public ReadOnlySpan<byte> KeyAt(int index) => _keys[index];

    /// <summary>Index of a public key in the set, or −1.</summary>
    public int IndexOf(ReadOnlySpan<byte> publicKey)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (publicKey.SequenceEqual(_keys[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The proposer of (height, round): round-robin over the set, moving one place per height and per round so a
    /// silent proposer costs one round, not a height.
    /// </summary>
    public int ProposerIndex(uint height, int round) => (int)(((ulong)height + (ulong)round) % (ulong)Count);
}
