using System.Diagnostics.CodeAnalysis;

namespace GraphRelations.Api.Queries;

/// <summary>The date range and kind that narrow both the meeting list and a topic timeline.</summary>
[SuppressMessage("Naming", "CA1716", Justification = "The names are the query string's own (from, to); no other language implements this interface.")]
public interface IMeetingScope
{
    string? From { get; }

    string? To { get; }

    string? Kind { get; }
}
