namespace Finney.Sdk.Wallets;

/// <summary>A password found in the environment, with the variable it came from (for messages, never the value).</summary>
/// <param name="Password">The password.</param>
/// <param name="Variable">The environment variable's name.</param>
public sealed record PasswordSource(string Password, string Variable)
{
    /// <summary>Names the variable only, so the password never reaches a log.</summary>
    public override string ToString() => $"password from ${Variable}";
}
