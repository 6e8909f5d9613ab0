namespace Finney.Runtime.Kernel;

/// <summary>
/// Runs calls as FRAME does: each dispatch in its own storage transaction, committed on success and rolled
/// back on failure; non-root origins pass the base call filter; a stray checked-arithmetic overflow or a
/// division by zero becomes <c>Arithmetic(Overflow)</c> / <c>Arithmetic(DivisionByZero)</c> instead of a crash.
/// </summary>
public static class Dispatcher
{
    /// <summary>Dispatches <paramref name="call"/> from <paramref name="origin"/>.</summary>
    public static DispatchResult Dispatch(RuntimeCall call, Origin origin, Externalities ext)
    {
        if (!origin.IsRoot && !ext.CallFilter(call))
        {
            return System.SystemErrors.Of(System.SystemError.CallFiltered);
        }

        return Transactional(ext, () => call.Dispatch(origin, ext));
    }

    /// <summary>Dispatches without the call filter (FRAME's <c>dispatch_bypass_filter</c>, used for root).</summary>
    public static DispatchResult DispatchBypassFilter(RuntimeCall call, Origin origin, Externalities ext) =>
        Transactional(ext, () => call.Dispatch(origin, ext));

    /// <summary>Runs <paramref name="body"/> in a storage transaction: committed when it succeeds, rolled back otherwise.</summary>
    public static DispatchResult Transactional(Externalities ext, Func<DispatchResult> body)
    {
        ext.StartTransaction();
        DispatchResult result;
        try
        {
            result = body();
        }
        catch (OverflowException)
        {
            result = DispatchError.Arithmetic(ArithmeticError.Overflow);
        }
        catch (DivideByZeroException)
        {
            result = DispatchError.Arithmetic(ArithmeticError.DivisionByZero);
        }
        catch
        {
            ext.RollbackTransaction();
            throw;
        }

        if (result.IsOk)
        {
            ext.CommitTransaction();
        }
        else
        {
            ext.RollbackTransaction();
        }

        return result;
    }
}
