namespace Finney.Runtime.Balances;

/// <summary>Whether a withdrawal may end the account (frame_support's <c>Preservation</c>).</summary>
public enum Preservation
{
    /// <summary>The account may be reaped.</summary>
    Expendable,

    /// <summary>The account must stay alive if the withdrawn balance is its only provider.</summary>
    Protect,

    /// <summary>The account must keep at least the existential deposit.</summary>
    Preserve,
}
