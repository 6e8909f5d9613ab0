using Finney.Primitives.Accounts;
using Finney.Runtime;
using Finney.Runtime.Genesis;

namespace Finney.Testing;

/// <summary>
/// Builds a test chain (FRAME's <c>ExtBuilder</c>): choose balances, the sudo key and authorities, then
/// <see cref="Build"/>. Defaults: //Alice is sudo and the Aura authority, no balances.
/// </summary>
/// <example><code>using var chain = new TestRuntime().WithBalance(DevAccounts.Alice.AccountId, 1_000 * Tao).Build();</code></example>
public sealed class TestRuntime
{
    /// <summary>One TAO in RAO.</summary>
    public const ulong Tao = 1_000_000_000;

    private readonly List<(AccountId32, ulong)> _balances = [];
    private readonly List<AccountId32> _authorities = [];
    private AccountId32? _sudo = DevAccounts.Alice.AccountId;
    private bool _noAuthorities;

    /// <summary>Endows <paramref name="account"/> with <paramref name="rao"/> at genesis.</summary>
    public TestRuntime WithBalance(AccountId32 account, ulong rao)
    {
        _balances.Add((account, rao));
        return this;
    }

    /// <summary>Endows every dev account (//Alice … //Ferdie) with <paramref name="rao"/>.</summary>
    public TestRuntime WithDevBalances(ulong rao)
    {
        foreach (var key in new[] { DevAccounts.Alice, DevAccounts.Bob, DevAccounts.Charlie, DevAccounts.Dave, DevAccounts.Eve, DevAccounts.Ferdie })
        {
            WithBalance(key.AccountId, rao);
        }

        return this;
    }

    /// <summary>Sets the sudo key (null for none).</summary>
    public TestRuntime WithSudo(AccountId32? key)
    {
        _sudo = key;
        return this;
    }

    /// <summary>Adds an Aura authority (//Alice when none is added).</summary>
    public TestRuntime WithAuthority(AccountId32 authority)
    {
        _authorities.Add(authority);
        return this;
    }

    /// <summary>Leaves the Aura authority set empty: blocks have no author, so fees are burned.</summary>
    public TestRuntime WithoutAuthorities()
    {
        _noAuthorities = true;
        return this;
    }

    /// <summary>The chain spec this builder describes.</summary>
    public ChainSpec Spec => new(
        "Bittensor",
        "test",
        "Development",
        ChainProperties.Bittensor,
        [.. _balances],
        _sudo,
        _noAuthorities ? [] : _authorities.Count > 0 ? [.. _authorities] : [DevAccounts.Alice.AccountId]);

    /// <summary>Builds the genesis state and a chain on it.</summary>
    public TestChain Build() => new(FinneyRuntime.Instance, Spec);
}
