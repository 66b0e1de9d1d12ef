using GraphRelations.Extraction.Model;

namespace GraphRelations.Graph.Tests;

/// <summary>
/// Small hand-made documents (our own sentences, not corpus text): two reports of one summit, a foreign
/// ministers' meeting and a telephone talk. Offsets are computed from the text so provenance is real.
/// </summary>
public static class SampleDocuments
{
    public const string V1 = "test-1";
    public const string V2 = "test-2";

    public static readonly DateOnly SummitDate = new(2016, 12, 15);
    public static readonly DateOnly MinistersDate = new(2017, 3, 20);
    public static readonly DateOnly PhoneDate = new(2018, 1, 10);

    public const string SummitId = "2016-12-15-summit-shinzo-abe-vladimir-putin";
    public const string MinistersId = "2017-03-20-foreign-ministers-fumio-kishida-sergey-lavrov";
    public const string PhoneId = "2018-01-10-telephone-shinzo-abe-vladimir-putin";

    public static Participant Abe(string name = "Shinzo Abe") =>
        new("shinzo-abe", name, "JP", "Prime Minister", "jp-prime-minister", new DateOnly(2012, 12, 26), new DateOnly(2020, 9, 16));

    public static Participant Putin() =>
        new("vladimir-putin", "Vladimir Putin", "RU", "President", "ru-president", new DateOnly(2012, 5, 7));

    public static Participant Kishida() =>
        new("fumio-kishida", "Fumio Kishida", "JP", "Minister for Foreign Affairs", "jp-foreign-minister", new DateOnly(2012, 12, 26), new DateOnly(2017, 8, 3));

    public static Participant Lavrov() =>
        new("sergey-lavrov", "Sergey Lavrov", "RU", "Minister of Foreign Affairs", "ru-foreign-minister", new DateOnly(2004, 3, 9));

    /// <summary>First report of the summit: territorial issue, joint economic activities, energy.</summary>
    public static DocumentRecord SummitKantei(string version = V1)
    {
        var text = "On December 15 Prime Minister Abe held a summit meeting with President Putin in Nagato. "
            + "The two leaders agreed to start talks on joint economic activities on Etorofu. "
            + "Prime Minister Abe stated that the territorial issue must be resolved. "
            + "President Putin urged progress on the Sakhalin 2 Project.";
        var b = new TextBuilder(text);
        var meeting = new Meeting(
            SummitId, MeetingKinds.Summit, SummitDate, "Nagato", "Japan", null, 90, null,
            [Abe(), Putin()],
            [new("territorial-issue", "1. Territorial issue", 1), new("joint-economic-activities", null, 2), new("economy", "2. Economy", 3), new("energy", null, 4)],
            [
                b.Statement("The two leaders agreed", ["shinzo-abe", "vladimir-putin"], StatementKinds.Agreement, "agreed", ["territorial-issue", "joint-economic-activities"]),
                b.Statement("Prime Minister Abe stated", ["shinzo-abe"], StatementKinds.Position, "stated", ["territorial-issue"]),
                b.Statement("President Putin urged", ["vladimir-putin"], StatementKinds.Request, "urged", ["economy", "energy"]),
            ],
            [b.Mention("Nagato", "nagato", MentionTypes.Place), b.Mention("Etorofu", "etorofu", MentionTypes.Place), b.Mention("Sakhalin 2 Project", "sakhalin-2-project", MentionTypes.Project)]);
        return Record("a1", "summit-kantei.txt", version, text, meeting);
    }

    /// <summary>The same summit as <see cref="SummitKantei"/>, as the other ministry reported it.</summary>
    public static DocumentRecord SummitMofa()
    {
        var text = "Prime Minister Shinzo Abe and President Putin met on December 15. "
            + "Both leaders confirmed their resolve to conclude a peace treaty on the basis of the 1956 Joint Declaration.";
        var b = new TextBuilder(text);
        var meeting = new Meeting(
            SummitId, MeetingKinds.Summit, SummitDate, null, null, null, null, 16,
            [Abe("Abe Shinzo"), Putin()],
            [new("territorial-issue", null, 1), new("peace-treaty", "Peace treaty", 2)],
            [b.Statement("Both leaders confirmed", ["shinzo-abe", "vladimir-putin"], StatementKinds.Agreement, "confirmed", ["territorial-issue", "peace-treaty"])],
            [b.Mention("1956 Joint Declaration", "1956-joint-declaration", MentionTypes.Instrument)]);
        return Record("b2", "summit-mofa.txt", V1, text, meeting);
    }

    /// <summary>Foreign ministers on the territorial issue and North Korea.</summary>
    public static DocumentRecord Ministers()
    {
        var text = "Foreign Minister Kishida met Foreign Minister Lavrov in Tokyo on March 20. "
            + "Foreign Minister Lavrov said that visits to Etorofu and Kunashiri would continue. "
            + "The two ministers agreed to cooperate at the UN Security Council on North Korea. "
            + "Minister Kishida welcomed APEC Russia 2012 as a success.";
        var b = new TextBuilder(text);
        var meeting = new Meeting(
            MinistersId, MeetingKinds.ForeignMinisters, MinistersDate, "Tokyo", "Japan", null, null, null,
            [Kishida(), Lavrov()],
            [new("territorial-issue", "1. Territorial issue", 1), new("north-korea", "2. North Korea", 2), new("political-dialogue", null, 3)],
            [
                b.Statement("Foreign Minister Lavrov said", ["sergey-lavrov"], StatementKinds.Position, "said", ["territorial-issue"]),
                b.Statement("The two ministers agreed", ["fumio-kishida", "sergey-lavrov"], StatementKinds.Agreement, "agreed", ["north-korea"]),
                b.Statement("Minister Kishida welcomed", ["fumio-kishida"], StatementKinds.Acknowledgement, "welcomed", ["political-dialogue"]),
            ],
            [
                b.Mention("Tokyo", "tokyo", MentionTypes.Place), b.Mention("Etorofu", "etorofu", MentionTypes.Place),
                b.Mention("Kunashiri", "kunashiri", MentionTypes.Place), b.Mention("UN Security Council", "un-security-council", MentionTypes.Organization),
                b.Mention("APEC Russia 2012", "apec-russia-2012", MentionTypes.Event),
            ]);
        return Record("c3", "ministers.txt", V1, text, meeting);
    }

    /// <summary>A telephone talk about North Korea.</summary>
    public static DocumentRecord Phone()
    {
        var text = "Prime Minister Abe held a telephone talk with President Putin. "
            + "The two leaders agreed that North Korea must abandon its missile programmes.";
        var b = new TextBuilder(text);
        var meeting = new Meeting(
            PhoneId, MeetingKinds.Telephone, PhoneDate, null, null, null, 30, null,
            [Abe(), Putin()],
            [new("north-korea", null, 1)],
            [b.Statement("The two leaders agreed", ["shinzo-abe", "vladimir-putin"], StatementKinds.Agreement, "agreed", ["north-korea"])],
            []);
        return Record("d4", "phone.txt", V1, text, meeting);
    }

    /// <summary>
    /// One of a long series of telephone talks on the territorial issue (for paging past many meetings); its id
    /// runs against its index, so the id tie-break within a date is visible.
    /// </summary>
    public static DocumentRecord SeriesTalk(int index, DateOnly? date)
    {
        var text = $"Talk number {index} of the series. The two leaders agreed to keep discussing the territorial issue.";
        var b = new TextBuilder(text);
        var meeting = new Meeting(
            SeriesId(index), MeetingKinds.Telephone, date, null, null, null, null, null,
            [Abe(), Putin()],
            [new("territorial-issue", null, 1)],
            [b.Statement("The two leaders agreed", ["shinzo-abe", "vladimir-putin"], StatementKinds.Agreement, "agreed", ["territorial-issue"])],
            []);
        return Record($"e{index:D5}", $"series-{index}.txt", V1, text, meeting);
    }

    public static string SeriesId(int index) => $"series-{99999 - index:D5}";

    public const string TalkId = "talk-on-the-islands";

    /// <summary>
    /// One report of a talk on the territorial issue whose statement names <paramref name="place"/>; reports with and
    /// without a date land on one meeting (<see cref="TalkId"/>), so a later report can date a meeting first seen undated.
    /// </summary>
    public static DocumentRecord Talk(string shortId, DateOnly? date, string place)
    {
        var text = $"The leaders spoke by telephone. The two leaders agreed that {place} is part of the talks.";
        var b = new TextBuilder(text);
        var meeting = new Meeting(
            TalkId, MeetingKinds.Telephone, date, null, null, null, null, null,
            [Abe(), Putin()],
            [new("territorial-issue", null, 1)],
            [b.Statement("The two leaders agreed", ["shinzo-abe", "vladimir-putin"], StatementKinds.Agreement, "agreed", ["territorial-issue"])],
            [b.Mention(place, place.ToLowerInvariant(), MentionTypes.Place)]);
        return Record(shortId, $"talk-{shortId}.txt", V1, text, meeting);
    }

    /// <summary>All four documents, in an order that is not date order.</summary>
    public static IReadOnlyList<DocumentRecord> All() => [Phone(), SummitKantei(), Ministers(), SummitMofa()];

    private static DocumentRecord Record(string id, string source, string version, string text, Meeting meeting) =>
        new(
            new DocumentGraph(id.PadRight(64, '0'), source, source.Replace(".txt", string.Empty, StringComparison.Ordinal), meeting.Date, version, [meeting]),
            text,
            new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public static string Id(string shortId) => shortId.PadRight(64, '0');

    private sealed class TextBuilder(string text)
    {
        /// <summary>The sentence starting with <paramref name="opening"/>, up to and including its full stop.</summary>
        public Statement Statement(string opening, IReadOnlyList<string> speakers, string kind, string verb, IReadOnlyList<string> topics)
        {
            var start = text.IndexOf(opening, StringComparison.Ordinal);
            Assert.True(start >= 0, opening);
            var end = text.IndexOf(". ", start, StringComparison.Ordinal) is var stop and >= 0 ? stop + 1 : text.Length;
            return new Statement(speakers, kind, verb, topics, text[start..end], start, end);
        }

        public Mention Mention(string name, string id, string type)
        {
            var start = text.IndexOf(name, StringComparison.Ordinal);
            Assert.True(start >= 0, name);
            return new Mention(id, type, name, start, start + name.Length);
        }
    }
}
