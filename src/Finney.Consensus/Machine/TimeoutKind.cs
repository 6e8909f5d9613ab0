namespace Finney.Consensus.Machine;

/// <summary>The three Tendermint timeouts; each grows with the round so that after GST one round is long enough.</summary>
public enum TimeoutKind : byte
{
    /// <summary>No proposal arrived in time: prevote nil (Algorithm 1, line 57).</summary>
    Propose = 0,

    /// <summary>2f+1 prevotes but no polka for one value in time: precommit nil (line 61).</summary>
    Prevote = 1,

    /// <summary>2f+1 precommits but no decision in time: next round (line 65).</summary>
    Precommit = 2,
}
