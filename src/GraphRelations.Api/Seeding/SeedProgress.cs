namespace GraphRelations.Api.Seeding;

/// <summary>Whether the start-up corpus load has finished; readiness waits for it so clients never see half a corpus.</summary>
public sealed class SeedProgress
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsComplete => _done.Task.IsCompleted;

    /// <summary>Completes when the load has finished (or there was nothing to load).</summary>
    public Task Completion => _done.Task;

    internal void MarkComplete() => _done.TrySetResult();
}
