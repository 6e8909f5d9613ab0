namespace Finney.Node.Blocks;

/// <summary>A hash that prints in Substrate's short log form (<c>0x1234…abcd</c>).</summary>
public readonly record struct ShortHash(Hash256 Hash)
{
    /// <inheritdoc />
    public override string ToString() => Hash.ToShortString();
}
