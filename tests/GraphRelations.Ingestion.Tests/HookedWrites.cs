using System.Reflection;
using System.Runtime.ExceptionServices;
using GraphRelations.Graph;

namespace GraphRelations.Ingestion.Tests;

/// <summary>
/// The real store with a hook in front of its batched writes (<see cref="IGraphStore.WriteDocumentsAsync"/>): the hook sees
/// each batch before the store does and may delay it, look at the folders, or throw to make the store fail. Everything
/// else, and every write the hook lets through, is the real store's.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy.Create derives from it at run time.
internal class HookedWrites : DispatchProxy
#pragma warning restore CA1852
{
    private IGraphStore _store = null!;
    private Func<IReadOnlyList<DocumentRecord>, Task> _beforeWrite = null!;

    /// <summary>Batches the store committed, in order (a batch the hook or the store failed is not here).</summary>
    public List<IReadOnlyList<DocumentRecord>> Committed { get; } = [];

    public static IGraphStore Wrap(IGraphStore store, Func<IReadOnlyList<DocumentRecord>, Task> beforeWrite, out HookedWrites hook)
    {
        var proxy = Create<IGraphStore, HookedWrites>();
        hook = (HookedWrites)(object)proxy;
        hook._store = store;
        hook._beforeWrite = beforeWrite;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return targetMethod.Name == nameof(IGraphStore.WriteDocumentsAsync)
            ? WriteAsync((IReadOnlyList<DocumentRecord>)args![0]!, (CancellationToken)args[1]!)
            : Forward(targetMethod, args);
    }

    private async Task<IReadOnlyList<DocumentWriteResult>> WriteAsync(IReadOnlyList<DocumentRecord> batch, CancellationToken cancellationToken)
    {
        await _beforeWrite(batch);
        var results = await _store.WriteDocumentsAsync(batch, cancellationToken);
        lock (Committed)
        {
            Committed.Add(batch);
        }

        return results;
    }

    private object? Forward(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_store, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}
