namespace GraphRelations.Ingestion.Bench;

/// <summary>One meeting to write: a day, a format and the people who held its offices that day (in format order).</summary>
internal sealed record MeetingSlot(DateOnly Date, MeetingFormat Format, IReadOnlyList<OfficeHolder> People);
