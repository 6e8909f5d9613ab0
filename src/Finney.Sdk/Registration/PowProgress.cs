namespace Finney.Sdk.Registration;

/// <summary>A live report from the solver (btcli's POW panel: iterations per second, instant and average).</summary>
/// <param name="HashesTried">Seals computed so far.</param>
/// <param name="HashesPerSecond">Rate since the previous report.</param>
/// <param name="AverageHashesPerSecond">Rate since the start.</param>
/// <param name="Elapsed">Time since the start.</param>
public readonly record struct PowProgress(ulong HashesTried, double HashesPerSecond, double AverageHashesPerSecond, TimeSpan Elapsed);
