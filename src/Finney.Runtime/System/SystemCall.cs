using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;

namespace Finney.Runtime.System;

/// <summary>A call of the System pallet.</summary>
public abstract record SystemCall : RuntimeCall
{
    /// <summary>The call table: indices, names and arguments as frame-system declares them.</summary>
    /// <remarks>
    /// <c>set_code</c> and the other runtime-upgrade and raw-storage calls (indices 1–6, 9–11) are left out:
    /// Finney's runtime is compiled into the node, so there is no Wasm code to replace.
    /// </remarks>
    public static readonly VariantTable<SystemCall> Table = new VariantTable<SystemCall>("frame_system", "pallet", "Call")
        .Add(0, "remark", Field.Of("remark", Types.Bytes, "Vec<u8>"), r => new Remark(r), c => c.Data)
        .Add(7, "remark_with_event", Field.Of("remark", Types.Bytes, "Vec<u8>"), r => new RemarkWithEvent(r), c => c.Data);
}
