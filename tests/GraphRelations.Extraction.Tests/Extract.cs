using GraphRelations.Extraction;
using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction.Tests;

/// <summary>Runs the real extractor on a passage, the way the extract verb does.</summary>
internal static class Extract
{
    private static readonly MeetingRecordExtractor Extractor = new();

    public static DocumentGraph Run(string text, string source = "passage.txt") => Extractor.Extract(Extractor.Normalize(text), source);

    public static Meeting Single(string text)
    {
        var graph = Run(text);
        return Assert.Single(graph.Meetings);
    }

    public static Statement StatementStarting(Meeting meeting, string start) =>
        Assert.Single(meeting.Statements, s => s.Text.StartsWith(start, StringComparison.Ordinal));
}
