namespace GraphRelations.Graph;

/// <summary>
/// What a batched write did to one document: its <see cref="WriteOutcome"/>, or why the store refused that document alone
/// (its facts were rolled back; the rest of the batch was committed).
/// </summary>
public sealed record DocumentWriteResult(string DocumentId, WriteOutcome? Outcome, string? Error = null)
{
    public bool Succeeded => Outcome is not null;
}
