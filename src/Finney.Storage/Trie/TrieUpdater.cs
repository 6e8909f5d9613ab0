using Finney.Primitives.Hashing;
using Finney.Primitives.Scale;

namespace Finney.Storage.Trie;

/// <summary>
/// Applies a block's net changes to a stored trie and returns the new root without touching the rest of the
/// state: only nodes on the paths of changed keys are loaded, changed and re-encoded. Nodes are immutable and
/// addressed by hash, so the previous version stays readable until its released nodes are pruned.
/// </summary>
/// <remarks>
/// The trie is kept canonical as sp-trie keeps it: a branch left without a value and with one child merges with
/// that child; a branch left with nothing disappears; a branch with a value and no children becomes a leaf.
/// Every loaded stored node that ends up changed or dropped is counted as released once; every node encoded
/// anew is counted as added once. Inline nodes (shorter than a hash) live inside their parent and are not stored.
/// </remarks>
internal sealed class TrieUpdater
{
    private readonly ITrieNodeSource _source;
    private readonly StateVersion _version;
    private readonly Dictionary<byte[], NodeChange> _changes = new(ByteKeyComparer.Instance);
    private MutableNode? _root;

    /// <summary>Starts an update of the trie whose root is <paramref name="root"/>.</summary>
    public TrieUpdater(ITrieNodeSource source, ReadOnlySpan<byte> root, StateVersion version)
    {
        _source = source;
        _version = version;
        _root = TrieRoot.IsEmptyRoot(root) ? null : Load(root.ToArray(), isRoot: true);
    }

    /// <summary>Applies changes (any order; a later change to the same key wins).</summary>
    public void Apply(IEnumerable<StateChange> changes)
    {
        foreach (var change in changes)
        {
            var path = Nibbles.FromKey(change.Key);
            _root = change.Value is null ? Delete(_root, path, 0) : Insert(_root, path, 0, change.Value);
        }
    }

    /// <summary>Encodes the changed nodes and returns the new root with the node store's delta.</summary>
    public TrieDelta Commit()
    {
        byte[] root;
        if (_root is null)
        {
            root = TrieRoot.EmptyRoot;
        }
        else if (!_root.Dirty)
        {
            root = _root.Reference!;
        }
        else
        {
            using var writer = new ScaleWriter(512);
            var encoding = Encode(_root, writer);
            root = Blake2b.Hash256(encoding);
            Add(root, encoding);
        }

        return new TrieDelta(root, _changes);
    }

    private MutableNode Load(byte[] reference, bool isRoot = false)
    {
        // A 32-byte reference is a hash (the root always is); a shorter one is the node's own encoding.
        var stored = isRoot || TrieNode.IsHashReference(reference);
        byte[] encoding;
        if (stored)
        {
            encoding = _source.GetNode(reference)
                ?? throw new InvalidTrieNodeException($"Trie node {Convert.ToHexStringLower(reference)} is missing from the store.");
        }
        else
        {
            encoding = reference;
        }

        var node = NodeCodec.Decode(encoding);
        var children = node.Children is null ? null : new ChildSlot[16];
        if (children is not null)
        {
            for (var i = 0; i < 16; i++)
            {
                children[i] = new ChildSlot(null, node.Children![i]);
            }
        }

        return new MutableNode(node.Partial, node.Value, node.ValueIsHashed, children)
        {
            Reference = reference,
            StoredHash = stored ? reference : null,
            StoredValueHash = node.ValueIsHashed ? node.Value : null,
            Dirty = false,
        };
    }

    private MutableNode LoadChild(MutableNode parent, int index)
    {
        ref var slot = ref parent.Children![index];
        if (slot.Node is null)
        {
            slot = new ChildSlot(Load(slot.Reference!), null);
        }

        return slot.Node!;
    }

    private MutableNode Insert(MutableNode? node, byte[] path, int depth, byte[] value)
    {
        if (node is null)
        {
            var leaf = new MutableNode(path[depth..], null, false, null);
            SetValue(leaf, value);
            return leaf;
        }

        var partial = node.Partial;
        var common = Nibbles.CommonPrefix(partial, path.AsSpan(depth));
        if (common == partial.Length)
        {
            var end = depth + common;
            if (end == path.Length)
            {
                if (!HasValue(node, value))
                {
                    Touch(node);
                    SetValue(node, value);
                }

                return node;
            }

            var index = path[end];
            node.Children ??= new ChildSlot[16];
            var child = node.Children[index].IsEmpty ? null : LoadChild(node, index);
            var updated = Insert(child, path, end + 1, value);
            if (!ReferenceEquals(updated, child) || updated.Dirty)
            {
                Touch(node);
                node.Children[index] = new ChildSlot(updated, null);
            }

            return node;
        }

        // The new key leaves this node's partial key part-way: split with a branch at the divergence.
        Touch(node);
        var branch = new MutableNode(partial[..common], null, false, new ChildSlot[16]);
        var existingIndex = partial[common];
        node.Partial = partial[(common + 1)..];
        branch.Children![existingIndex] = new ChildSlot(node, null);
        var splitEnd = depth + common;
        if (splitEnd == path.Length)
        {
            SetValue(branch, value);
        }
        else
        {
            var leaf = new MutableNode(path[(splitEnd + 1)..], null, false, null);
            SetValue(leaf, value);
            branch.Children[path[splitEnd]] = new ChildSlot(leaf, null);
        }

        return branch;
    }

    private MutableNode? Delete(MutableNode? node, byte[] path, int depth)
    {
        if (node is null)
        {
            return null;
        }

        var partial = node.Partial;
        var rest = path.AsSpan(depth);
        if (!rest.StartsWith(partial))
        {
            return node;
        }

        var end = depth + partial.Length;
        if (end == path.Length)
        {
            if (node.Value is null)
            {
                return node;
            }

            Touch(node);
            node.Value = null;
            node.ValueHashed = false;
            node.PendingValue = null;
            return Normalize(node);
        }

        var index = path[end];
        if (node.Children is null || node.Children[index].IsEmpty)
        {
            return node;
        }

        var child = LoadChild(node, index);
        var updated = Delete(child, path, end + 1);
        if (ReferenceEquals(updated, child) && !updated.Dirty)
        {
            return node;
        }

        Touch(node);
        node.Children[index] = updated is null ? default : new ChildSlot(updated, null);
        return Normalize(node);
    }

    private MutableNode? Normalize(MutableNode node)
    {
        var count = 0;
        var only = -1;
        if (node.Children is not null)
        {
            for (var i = 0; i < 16; i++)
            {
                if (!node.Children[i].IsEmpty)
                {
                    count++;
                    only = i;
                }
            }
        }

        if (node.Value is not null)
        {
            if (count == 0)
            {
                node.Children = null;
            }

            return node;
        }

        if (count == 0)
        {
            Release(node);
            return null;
        }

        if (count > 1)
        {
            return node;
        }

        // A valueless branch with one child: the child absorbs the branch's partial key and slot nibble.
        var child = LoadChild(node, only);
        Touch(child);
        child.Partial = Nibbles.Concat(node.Partial, (byte)only, child.Partial);
        Release(node);
        return child;
    }

    private bool HasValue(MutableNode node, byte[] value)
    {
        if (node.Value is null)
        {
            return false;
        }

        if (!TrieLayout.IsHashedValue(_version, value.Length))
        {
            return !node.ValueHashed && node.Value.AsSpan().SequenceEqual(value);
        }

        return node.ValueHashed && node.Value.AsSpan().SequenceEqual(Blake2b.Hash256(value));
    }

    private void SetValue(MutableNode node, byte[] value)
    {
        if (TrieLayout.IsHashedValue(_version, value.Length))
        {
            node.Value = Blake2b.Hash256(value);
            node.ValueHashed = true;
            node.PendingValue = value;
        }
        else
        {
            node.Value = value;
            node.ValueHashed = false;
            node.PendingValue = null;
        }
    }

    // Marks a node as changed: its stored copy (and the value node it referenced) is released once.
    private void Touch(MutableNode node)
    {
        if (!node.Dirty)
        {
            node.Dirty = true;
            Release(node);
        }
    }

    private void Release(MutableNode node)
    {
        if (node.Released)
        {
            return;
        }

        node.Released = true;
        if (node.StoredHash is not null)
        {
            Change(node.StoredHash).Removed++;
        }

        if (node.StoredValueHash is not null)
        {
            Change(node.StoredValueHash).Removed++;
        }
    }

    private byte[] Encode(MutableNode node, ScaleWriter writer)
    {
        byte[]?[]? references = null;
        if (node.Children is not null)
        {
            references = new byte[]?[16];
            using var childWriter = new ScaleWriter(256);
            for (var i = 0; i < 16; i++)
            {
                var slot = node.Children[i];
                if (slot.Node is { Dirty: true } changed)
                {
                    childWriter.Clear();
                    var encoding = Encode(changed, childWriter);
                    references[i] = encoding.Length < TrieLayout.HashLength ? encoding : Store(encoding);
                }
                else
                {
                    references[i] = slot.Node?.Reference ?? slot.Reference;
                }
            }
        }

        // Each encoded node holding a hashed value is one occurrence of that value node; a value written in this
        // update brings its bytes, one kept from the loaded node is already stored.
        if (node.ValueHashed && node.Value is not null)
        {
            var value = Change(node.Value);
            value.Added++;
            value.Data ??= node.PendingValue;
        }

        writer.Clear();
        NodeCodec.Encode(writer, node.Partial, node.Value, node.ValueHashed, references ?? []);
        return writer.ToArray();
    }

    private byte[] Store(byte[] encoding)
    {
        var hash = Blake2b.Hash256(encoding);
        Add(hash, encoding);
        return hash;
    }

    private void Add(byte[] hash, byte[] data)
    {
        var change = Change(hash);
        change.Data ??= data;
        change.Added++;
    }

    private NodeChange Change(byte[] hash)
    {
        if (!_changes.TryGetValue(hash, out var change))
        {
            change = new NodeChange();
            _changes[hash] = change;
        }

        return change;
    }

    private struct ChildSlot(MutableNode? node, byte[]? reference)
    {
        public MutableNode? Node = node;
        public byte[]? Reference = reference;

        public readonly bool IsEmpty => Node is null && Reference is null;
    }

    private sealed class MutableNode(byte[] partial, byte[]? value, bool valueHashed, ChildSlot[]? children)
    {
        public byte[] Partial { get; set; } = partial;

        public byte[]? Value { get; set; } = value;

        public bool ValueHashed { get; set; } = valueHashed;

        public ChildSlot[]? Children { get; set; } = children;

        /// <summary>How the parent refers to the node as loaded: its hash, or its inline encoding.</summary>
        public byte[]? Reference { get; init; }

        /// <summary>The hash it was stored under, when it was loaded from the store.</summary>
        public byte[]? StoredHash { get; init; }

        /// <summary>The value node it referenced when loaded.</summary>
        public byte[]? StoredValueHash { get; init; }

        /// <summary>The bytes of a hashed value written in this update (null when kept or inline).</summary>
        public byte[]? PendingValue { get; set; }

        /// <summary>Changed since loaded, or new; only dirty nodes are re-encoded.</summary>
        public bool Dirty { get; set; } = true;

        public bool Released { get; set; }
    }
}
