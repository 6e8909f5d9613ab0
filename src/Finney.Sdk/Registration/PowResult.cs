namespace Finney.Sdk.Registration;

/// <summary>The end of a search: the solution when one was found, and how much work it took.</summary>
/// <param name="Outcome">Why the search ended.</param>
/// <param name="Solution">The solution, when <see cref="Outcome"/> is <see cref="PowOutcome.Found"/>.</param>
/// <param name="HashesTried">Seals computed by all threads.</param>
/// <param name="Elapsed">Wall-clock time of the search.</param>
public sealed record PowResult(PowOutcome Outcome, PowSolution? Solution, ulong HashesTried, TimeSpan Elapsed);
