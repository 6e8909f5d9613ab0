namespace Finney.Runtime.Kernel.Declarations;

/// <summary>
/// The <c>///</c> documentation of calls, events, errors, storage items, constants and pallets, as metadata
/// doc lines. The table is filled at compile time from the XML doc comments (see
/// <c>Finney.Runtime.Generators</c>), so a member's docs live in exactly one place.
/// </summary>
public static partial class RuntimeDocs
{
    private static readonly Dictionary<string, string[]> Table = Build();

    /// <summary>Doc lines of a type (a call or event record, an error enum, a pallet).</summary>
    public static IReadOnlyList<string> ForType(Type type) => Lookup("T:" + Name(type));

    /// <summary>Doc lines of a field, property or enum member of <paramref name="type"/>.</summary>
    public static IReadOnlyList<string> ForMember(Type type, string member)
    {
        var name = Name(type) + "." + member;
        var docs = Lookup("F:" + name);
        return docs.Length > 0 ? docs : Lookup("P:" + name);
    }

    /// <summary>Number of documented symbols known; zero means the generator did not run.</summary>
    public static int Count => Table.Count;

    private static string[] Lookup(string id) => Table.TryGetValue(id, out var lines) ? lines : [];

    private static string Name(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static Dictionary<string, string[]> Build()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Fill(table);
        return table;
    }

    static partial void Fill(Dictionary<string, string[]> table);
}
