using Finney.Node.Blocks;
using Finney.Node.Chain;
using Finney.Node.Rpc.Server;
using Finney.Node.Runtime;
using Finney.Primitives.Encoding;
using Finney.Rpc;
using Finney.Rpc.Dto;
using Finney.Storage;

namespace Finney.Node.Rpc.Methods;

/// <summary>The <c>state_*</c> methods: storage reads, key iteration, runtime version, metadata, runtime calls and their subscriptions.</summary>
public sealed class StateRpc(Blockchain chain)
{
    /// <summary>Most keys one <c>state_getKeysPaged</c> call returns (Substrate's limit).</summary>
    public const uint MaxKeysPerPage = 1000;

    private readonly Lock _cacheLock = new();
    private (Hash256 Block, RuntimeVersion Version)? _lastVersion;
    private (uint SpecVersion, string Hex)? _metadata;

    /// <summary>Adds the methods to <paramref name="methods"/>.</summary>
    public void Register(RpcMethodTable methods)
    {
        methods.AddSync(RpcMethods.StateGetStorage, (p, _) =>
        {
            var key = p.GetBytes(0, "key");
            var state = BlockAt.Resolve(chain, p, 1).State;
            return RpcResult.Ok(state.Get(key) is { } value ? Hex.Encode(value) : null);
        });
        methods.AddSync(RpcMethods.StateGetStorageHash, (p, _) =>
        {
            var key = p.GetBytes(0, "key");
            var state = BlockAt.Resolve(chain, p, 1).State;
            return RpcResult.Ok(state.Get(key) is { } value ? Hash256.Blake2(value).ToHex() : null);
        });
        methods.AddSync(RpcMethods.StateGetStorageSize, (p, _) =>
        {
            var key = p.GetBytes(0, "key");
            var state = BlockAt.Resolve(chain, p, 1).State;
            return state.Get(key) is { } value ? RpcResult.Ok((ulong)value.Length) : RpcResult.Null;
        });
        methods.AddSync(RpcMethods.StateGetKeys, (p, _) =>
        {
            var prefix = p.GetBytes(0, "prefix");
            var state = BlockAt.Resolve(chain, p, 1).State;
            return RpcResult.Ok(Keys(state, prefix, null, int.MaxValue).Select(k => Hex.Encode(k)).ToArray(), RpcJsonContext.Default.StringArray);
        });
        methods.AddSync(RpcMethods.StateGetKeysPaged, GetKeysPaged);
        methods.AddSync(RpcMethods.StateGetPairs, (p, _) =>
        {
            var prefix = p.GetBytes(0, "prefix");
            var state = BlockAt.Resolve(chain, p, 1).State;
            var pairs = Keys(state, prefix, null, int.MaxValue).Select(k => new[] { Hex.Encode(k), Hex.Encode(state.Get(k)!) }).ToArray();
            return RpcResult.Ok((IReadOnlyList<string[]>)pairs, RpcJsonContext.Default.IReadOnlyListStringArray);
        });
        methods.AddSync(RpcMethods.StateQueryStorageAt, (p, _) =>
        {
            var keys = p.GetStringArray(0, "keys");
            var at = BlockAt.Resolve(chain, p, 1);
            var set = new StorageChangeSetDto(at.Hash.ToHex(), [.. keys.Select(k => Change(k, at.State.Get(RpcParams.ParseHex(k, "keys"))))]);
            return RpcResult.Ok((IReadOnlyList<StorageChangeSetDto>)[set], RpcJsonContext.Default.IReadOnlyListStorageChangeSetDto);
        });
        methods.AddSync(RpcMethods.StateQueryStorage, QueryStorage);
        methods.AddSync(RpcMethods.StateGetReadProof, (p, _) =>
        {
            var keys = p.GetStringArray(0, "keys").Select(k => RpcParams.ParseHex(k, "keys")).ToList();
            var at = BlockAt.Resolve(chain, p, 1);
            var proof = chain.Store.ReadProof(at.Hash, keys) ?? throw new RpcException(RpcErrorTable.UnknownBlock(at.Hash));
            return RpcResult.Ok(new ReadProofDto(at.Hash.ToHex(), [.. proof.Select(n => Hex.Encode(n))]), RpcJsonContext.Default.ReadProofDto);
        });
        methods.AddSync(RpcMethods.StateGetRuntimeVersion, (p, _) =>
        {
            var at = BlockAt.Resolve(chain, p, 0);
            return WithRuntime(() => RpcResult.Ok(VersionAt(at).ToDto(), RpcJsonContext.Default.RuntimeVersionDto));
        });
        methods.AddSync(RpcMethods.StateGetMetadata, (p, _) =>
        {
            var at = BlockAt.Resolve(chain, p, 0);
            return WithRuntime(() => RpcResult.Ok(MetadataHex(at)));
        });
        methods.AddSync(RpcMethods.StateCall, (p, _) =>
        {
            var method = p.GetString(0, "method");
            var data = p.GetBytes(1, "data");
            var at = BlockAt.Resolve(chain, p, 2);
            return WithRuntime(() => RpcResult.Ok(Hex.Encode(chain.Runtime.Call(at, method, data))));
        });
        methods.AddSync(RpcMethods.StateSubscribeRuntimeVersion, SubscribeRuntimeVersion);
        methods.AddSync(RpcMethods.StateUnsubscribeRuntimeVersion, (p, c) => RpcResult.Ok(c.Unsubscribe(RpcMethods.StateSubscribeRuntimeVersion, p.GetString(0, "subscription id"))));
        methods.AddSync(RpcMethods.StateSubscribeStorage, SubscribeStorage);
        methods.AddSync(RpcMethods.StateUnsubscribeStorage, (p, c) => RpcResult.Ok(c.Unsubscribe(RpcMethods.StateSubscribeStorage, p.GetString(0, "subscription id"))));
    }

    private RpcResult GetKeysPaged(RpcParams parameters, RpcCallContext context)
    {
        var prefix = parameters.GetBytes(0, "prefix");
        var count = parameters.GetUInt32(1, "count");
        if (count > MaxKeysPerPage)
        {
            return SubstrateErrors.InvalidCount(count, MaxKeysPerPage);
        }

        var start = parameters.GetOptionalBytes(2, "start key");
        var state = BlockAt.Resolve(chain, parameters, 3).State;
        return RpcResult.Ok(Keys(state, prefix, start, (int)count).Select(k => Hex.Encode(k)).ToArray(), RpcJsonContext.Default.StringArray);
    }

    private RpcResult QueryStorage(RpcParams parameters, RpcCallContext context)
    {
        var keys = parameters.GetStringArray(0, "keys");
        var from = chain.Header(new Hash256(parameters.GetOptionalHash(1, "from block") ?? throw RpcException.InvalidParams("missing parameter 1 (from block)")));
        var to = parameters.GetOptionalHash(2, "to block") is { } toHash ? chain.Header(new Hash256(toHash)) : chain.Best.Header;
        if (from is null || to is null || from.Number > to.Number)
        {
            return SubstrateErrors.InvalidBlockRange(from?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", to?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", "the blocks are unknown or out of order");
        }

        var sets = new List<StorageChangeSetDto>();
        var previous = new Dictionary<string, string?>();
        for (var number = from.Number; number <= to.Number; number++)
        {
            var hash = chain.HashAt(number)!.Value;
            var state = chain.StateAt(hash) ?? throw new RpcException(RpcErrorTable.UnknownBlock(hash));
            var changes = new List<string?[]>();
            foreach (var key in keys)
            {
                var value = state.Get(RpcParams.ParseHex(key, "keys")) is { } bytes ? Hex.Encode(bytes) : null;
                if (number == from.Number || previous[key] != value)
                {
                    changes.Add([key, value]);
                }

                previous[key] = value;
            }

            if (changes.Count > 0 || number == from.Number)
            {
                sets.Add(new StorageChangeSetDto(hash.ToHex(), changes));
            }
        }

        return RpcResult.Ok((IReadOnlyList<StorageChangeSetDto>)sets, RpcJsonContext.Default.IReadOnlyListStorageChangeSetDto);
    }

    private RpcResult SubscribeRuntimeVersion(RpcParams parameters, RpcCallContext context)
    {
        var subscription = context.Subscribe(RpcMethods.StateSubscribeRuntimeVersion, RpcNotifications.RuntimeVersion);
        var last = WithRuntimeValue(() => VersionAt(chain.AtBest));
        void OnImported(ImportedBlock block)
        {
            if (chain.At(block.Hash) is not { } at)
            {
                return;
            }

            RuntimeVersion version;
            try
            {
                version = VersionAt(at);
            }
            catch (RuntimeCallException)
            {
                return;
            }

            if (version.SpecVersion != last.SpecVersion || version.TransactionVersion != last.TransactionVersion)
            {
                last = version;
                subscription.Notify(RpcResult.Ok(version.ToDto(), RpcJsonContext.Default.RuntimeVersionDto));
            }
        }

        chain.BlockImported += OnImported;
        subscription.Closed.Register(() => chain.BlockImported -= OnImported);
        subscription.Notify(RpcResult.Ok(last.ToDto(), RpcJsonContext.Default.RuntimeVersionDto));
        return RpcResult.Ok(subscription.Id);
    }

    private RpcResult SubscribeStorage(RpcParams parameters, RpcCallContext context)
    {
        IReadOnlyList<string>? keys = parameters.Has(0) ? parameters.GetStringArray(0, "keys") : null;
        var parsed = keys?.Select(k => (Text: k, Bytes: RpcParams.ParseHex(k, "keys"))).ToArray();
        var subscription = context.Subscribe(RpcMethods.StateSubscribeStorage, RpcNotifications.Storage);
        void OnImported(ImportedBlock block)
        {
            List<string?[]> changes;
            if (parsed is null || parsed.Length == 0)
            {
                changes = [.. block.Changes.Select(c => new[] { Hex.Encode(c.Key), c.Value is null ? null : Hex.Encode(c.Value) })];
            }
            else
            {
                var byKey = block.ChangesByKey;
                changes = [.. parsed.Where(k => byKey.ContainsKey(k.Bytes)).Select(k => Change(k.Text, byKey[k.Bytes]))];
            }

            if (changes.Count > 0)
            {
                subscription.Notify(RpcResult.Ok(new StorageChangeSetDto(block.Hash.ToHex(), changes), RpcJsonContext.Default.StorageChangeSetDto));
            }
        }

        chain.BlockImported += OnImported;
        subscription.Closed.Register(() => chain.BlockImported -= OnImported);
        if (parsed is { Length: > 0 })
        {
            var best = chain.AtBest;
            var initial = new StorageChangeSetDto(best.Hash.ToHex(), [.. parsed.Select(k => Change(k.Text, best.State.Get(k.Bytes)))]);
            subscription.Notify(RpcResult.Ok(initial, RpcJsonContext.Default.StorageChangeSetDto));
        }

        return RpcResult.Ok(subscription.Id);
    }

    private RuntimeVersion VersionAt(BlockState at)
    {
        lock (_cacheLock)
        {
            if (_lastVersion is { } cached && cached.Block == at.Hash)
            {
                return cached.Version;
            }
        }

        var version = chain.Runtime.Version(at);
        lock (_cacheLock)
        {
            _lastVersion = (at.Hash, version);
        }

        return version;
    }

    private string MetadataHex(BlockState at)
    {
        var specVersion = VersionAt(at).SpecVersion;
        lock (_cacheLock)
        {
            if (_metadata is { } cached && cached.SpecVersion == specVersion)
            {
                return cached.Hex;
            }
        }

        var hex = Hex.Encode(chain.Runtime.Metadata(at));
        lock (_cacheLock)
        {
            _metadata = (specVersion, hex);
        }

        return hex;
    }

    private static string?[] Change(string key, byte[]? value) => [key, value is null ? null : Hex.Encode(value)];

    private static List<byte[]> Keys(IStateReader state, byte[] prefix, byte[]? startAfter, int count)
    {
        var keys = new List<byte[]>();
        byte[]? key;
        if (startAfter is null || startAfter.AsSpan().SequenceCompareTo(prefix) < 0)
        {
            key = state.Get(prefix) is not null ? prefix : state.NextKey(prefix);
        }
        else
        {
            key = state.NextKey(startAfter);
        }

        while (key is not null && keys.Count < count && key.AsSpan().StartsWith(prefix))
        {
            keys.Add(key);
            key = state.NextKey(key);
        }

        return keys;
    }

    private static RpcResult WithRuntime(Func<RpcResult> call)
    {
        try
        {
            return call();
        }
        catch (RuntimeCallException e)
        {
            return RpcErrorTable.For(e);
        }
    }

    private static T WithRuntimeValue<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (RuntimeCallException e)
        {
            throw new RpcException(RpcErrorTable.For(e));
        }
    }
}
