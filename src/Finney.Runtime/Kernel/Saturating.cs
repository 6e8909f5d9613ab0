namespace Finney.Runtime.Kernel;

/// <summary>Rust's saturating integer operations, spelled out where FRAME saturates so parity is visible.</summary>
public static class Saturating
{
    /// <summary><c>a + b</c>, or <see cref="ulong.MaxValue"/> on overflow.</summary>
    public static ulong Add(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;

    /// <summary><c>a - b</c>, or zero on underflow.</summary>
    public static ulong Sub(ulong a, ulong b) => a < b ? 0 : a - b;

    /// <summary><c>a * b</c>, or <see cref="ulong.MaxValue"/> on overflow.</summary>
    public static ulong Mul(ulong a, ulong b) => b != 0 && a > ulong.MaxValue / b ? ulong.MaxValue : a * b;

    /// <summary><c>a + b</c>, or <see cref="uint.MaxValue"/> on overflow.</summary>
    public static uint Add(uint a, uint b) => a > uint.MaxValue - b ? uint.MaxValue : a + b;

    /// <summary><c>a - b</c>, or zero on underflow.</summary>
    public static uint Sub(uint a, uint b) => a < b ? 0 : a - b;
}
