using System.Collections.Concurrent;
using Finney.Primitives.Accounts;
using Finney.Primitives.Keys;

namespace Finney.Testing;

/// <summary>The well-known development keys (//Alice, //Bob, …) of the dev phrase, derived once and cached.</summary>
public static class DevAccounts
{
    private static readonly ConcurrentDictionary<(string, KeyScheme), IKeyPair> Keys = new();

    /// <summary>//Alice (sr25519): sudo, authority and endowed on the dev chain.</summary>
    public static IKeyPair Alice => Key("Alice");

    /// <summary>//Bob (sr25519).</summary>
    public static IKeyPair Bob => Key("Bob");

    /// <summary>//Charlie (sr25519).</summary>
    public static IKeyPair Charlie => Key("Charlie");

    /// <summary>//Dave (sr25519).</summary>
    public static IKeyPair Dave => Key("Dave");

    /// <summary>//Eve (sr25519).</summary>
    public static IKeyPair Eve => Key("Eve");

    /// <summary>//Ferdie (sr25519).</summary>
    public static IKeyPair Ferdie => Key("Ferdie");

    /// <summary>The key //<paramref name="name"/> of the dev phrase under <paramref name="scheme"/>.</summary>
    public static IKeyPair Key(string name, KeyScheme scheme = KeyScheme.Sr25519) =>
        Keys.GetOrAdd((name, scheme), k => KeyPairs.FromUri("//" + k.Item1, k.Item2));

    /// <summary>The account of //<paramref name="name"/>.</summary>
    public static AccountId32 Account(string name, KeyScheme scheme = KeyScheme.Sr25519) => Key(name, scheme).AccountId;
}
