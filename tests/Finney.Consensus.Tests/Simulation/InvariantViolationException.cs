namespace Finney.Consensus.Tests.Simulation;

/// <summary>A safety property failed; the message names the property, the node and the virtual time.</summary>
public sealed class InvariantViolationException(string message) : Exception(message);
