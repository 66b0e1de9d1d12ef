namespace GraphRelations.Api.Seeding;

/// <summary>
/// How far the start-up corpus load has got; readiness waits for it so clients never see half a corpus, and says how
/// far it is meanwhile.
/// </summary>
public sealed class SeedProgress
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _filesTotal;
    private int _filesLoaded;

    public bool IsComplete => _done.Task.IsCompleted;

    /// <summary>Completes when the load has finished (or there was nothing to load).</summary>
    public Task Completion => _done.Task;

    /// <summary>Files found in the seed folders; 0 until they have been listed.</summary>
    public int FilesTotal => Volatile.Read(ref _filesTotal);

    /// <summary>Files through the pipeline so far, whatever their outcome.</summary>
    public int FilesLoaded => Volatile.Read(ref _filesLoaded);

    internal void Listed(int files) => Volatile.Write(ref _filesTotal, files);

    internal void FileLoaded() => Interlocked.Increment(ref _filesLoaded);

    internal void MarkComplete() => _done.TrySetResult();
}
