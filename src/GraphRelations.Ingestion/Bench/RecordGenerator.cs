using System.Globalization;
using System.Text;

namespace GraphRelations.Ingestion.Bench;

/// <summary>
/// Writes one meeting record in the genre for a <see cref="MeetingSlot"/>: a title, the publication date, a lead paragraph
/// (who met whom, where, on what occasion, for how long), numbered agenda sections, and statement sentences whose subjects
/// are participants, a side or both sides. All wording is the project's own; the text depends only on the slot and the
/// per-record seed, so records can be written in any order and still be byte-identical.
/// </summary>
internal static class RecordGenerator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] PositionVerbs = ["stated that", "said that", "pointed out that", "expressed the view that", "emphasized that"];
    private static readonly string[] RequestVerbs = ["urged the other side to", "called on the other side to", "asked the other side to"];
    private static readonly string[] AcknowledgementVerbs = ["welcomed", "appreciated", "praised"];
    private static readonly string[] JointVerbs = ["agreed to", "confirmed their intention to", "shared the view that they would"];
    private static readonly string[] Additions =
    [
        "the two governments should keep working on this at every level",
        "the officials in charge would follow up before the next meeting",
        "this was a matter on which the people of both countries expected results",
        "the government would explain its position in detail through diplomatic channels",
        "progress here would benefit the whole of the relationship",
    ];

    private static readonly string[] Background =
    [
        "Officials of the two foreign ministries had prepared this item at a working-level meeting earlier in the year.",
        "This item has been on the agenda of every meeting at this level in recent years.",
        "The discussion on this item took up a large part of the meeting.",
    ];

    private static readonly string[] LeadEndings =
    [
        "",
        " The main points of the talks were as follows.",
        " The two sides held a frank exchange of views; the main points are summarised below.",
        " The talks were held in a warm atmosphere, and their main points were as follows.",
    ];

    private static readonly string[] Closings =
    [
        "",
        "",
        "(This overview was prepared by the ministry and is not a verbatim record.)",
        "(Summary prepared for the press.)",
    ];

    public static string Write(MeetingSlot slot, int recordSeed)
    {
        var random = new Random(recordSeed);
        var format = slot.Format;
        var published = slot.Date.AddDays(random.Next(3) == 0 ? 1 : 0);
        var text = new StringBuilder(3072);
        text.Append(Title(slot, random)).Append("\n\n");
        text.Append(published.ToString("MMMM d, yyyy", Invariant)).Append("\n\n");
        text.Append(Lead(slot, random));
        text.Append(Pick(random, LeadEndings)).Append("\n\n");

        var sections = Sections(slot.Date.Year, random);
        var bullets = random.Next(3) == 0;
        for (var i = 0; i < sections.Count; i++)
        {
            var topic = sections[i];
            text.Append(Invariant, $"{i + 1}. {Pick(random, topic.Headings)}").Append("\n\n");
            if (random.Next(10) < 3)
            {
                text.Append(Pick(random, Background)).Append("\n\n");
            }

            var statements = 1 + random.Next(3);
            var used = new HashSet<string>(StringComparer.Ordinal);
            for (var s = 0; s < statements; s++)
            {
                text.Append(bullets ? "  • " : string.Empty).Append(Statement(slot, topic, random, used)).Append("\n\n");
            }
        }

        var closing = Pick(random, Closings);
        if (closing.Length > 0)
        {
            text.Append(closing).Append('\n');
        }

        return text.ToString();
    }

    private static string Title(MeetingSlot slot, Random random)
    {
        var japan = slot.People[0];
        var russia = slot.People[1];
        return slot.Format.Name switch
        {
            "summit" => Pick(random, ["Japan-Russia Summit Meeting", "Japan-Russia Summit Meeting (Overview)", "Summit Meeting between Japan and Russia"]),
            "summit-premiers" => $"Meeting between Prime Minister {japan.Surname} and Prime Minister {russia.Surname} of Russia",
            "foreign-ministers" => Pick(random, ["Japan-Russia Foreign Ministers' Meeting", "Japan-Russia Foreign Ministers' Meeting (Summary)", "Meeting between the Foreign Ministers of Japan and Russia"]),
            "telephone-leaders" or "telephone-premiers" => Pick(random, ["Japan-Russia Summit Telephone Talk", $"Telephone Talk between Prime Minister {japan.Surname} and {RussianTitle(slot, 1)} {russia.Surname}"]),
            "telephone-ministers" => "Japan-Russia Foreign Ministers' Telephone Talk",
            _ => $"Courtesy Call on {RussianTitle(slot, 1)} {russia.Surname} by {JapaneseTitle(slot, 0)} {japan.Surname}",
        };
    }

    private static string Lead(MeetingSlot slot, Random random)
    {
        var day = slot.Date.ToString("MMMM d", Invariant);
        var japan = Introduce(slot, 0);
        var counterparts = Introduce(slot, 1);
        if (slot.Format.Telephone)
        {
            var minutes = 10 + (5 * random.Next(7));
            var hour = 1 + random.Next(10);
            return Pick(random,
            [
                $"On {day}, from {hour}:{15 * random.Next(4):00} p.m. for about {minutes} minutes, {japan} held a telephone talk with {counterparts}.",
                $"On {day}, {japan} held a telephone talk with {counterparts} for approximately {minutes} minutes.",
            ]);
        }

        var duration = slot.Format.Kind == "other" ? 20 + (10 * random.Next(4)) : 30 + (15 * random.Next(8));
        var verb = slot.Format.Kind == "other" ? "paid a courtesy call on" : "held a meeting with";
        var leaders = slot.Format.Offices.All(o => o != MeetingFormat.JapanForeignMinister && o != MeetingFormat.RussiaForeignMinister);
        var occasions = Venues.Occasions.Where(o => o.Leaders == leaders && o.FromYear <= slot.Date.Year && slot.Date.Year <= o.ToYear).ToList();
        if (slot.Format.Kind != "other" && occasions.Count > 0 && random.Next(5) < 2)
        {
            var occasion = Pick(random, occasions);
            var city = Pick(random, occasion.Cities);
            return $"On {day}, {japan}, who was in {city} to attend the {occasion.Name}, {verb} {counterparts} for about {duration} minutes.";
        }

        var venue = Pick(random, Venues.BilateralCities);
        return Pick(random,
        [
            $"On {day}, {japan}, who is visiting {venue}, {verb} {counterparts} for about {duration} minutes.",
            $"On {day}, {japan} {verb} {counterparts} in {venue} for approximately {duration} minutes.",
        ]);
    }

    /// <summary>2 to 5 agenda items current in that year, weighted, in a fixed order of first appearance.</summary>
    private static List<TopicTemplate> Sections(int year, Random random)
    {
        var open = TopicTemplates.All.Where(t => t.FromYear <= year && year <= t.ToYear).ToList();
        var wanted = Math.Min(open.Count, 2 + random.Next(4));
        var chosen = new List<TopicTemplate>(wanted);
        while (chosen.Count < wanted)
        {
            var total = open.Sum(t => t.Weight);
            var roll = random.NextDouble() * total;
            foreach (var t in open)
            {
                roll -= t.Weight;
                if (roll <= 0)
                {
                    chosen.Add(t);
                    open.Remove(t);
                    break;
                }
            }
        }

        return chosen;
    }

    /// <summary>One statement; <paramref name="used"/> keeps a section from saying the same thing twice.</summary>
    private static string Statement(MeetingSlot slot, TopicTemplate topic, Random random, HashSet<string> used)
    {
        var roll = random.Next(10);
        if (roll < 2)
        {
            return $"{Both(slot, random)} {Pick(random, JointVerbs)} {Fresh(random, topic.Actions, used)}.";
        }

        var speaker = roll < 5 ? 0 : roll < 8 ? 1 : -1;
        var subject = speaker >= 0 ? Short(slot, speaker) : Pick(random, ["The Japanese side", "The Russian side"]);
        return random.Next(6) switch
        {
            < 2 => $"{subject} {Pick(random, PositionVerbs)} {Fresh(random, topic.Clauses, used)}.",
            < 3 => $"{subject} {Pick(random, PositionVerbs)} {Fresh(random, topic.Clauses, used)}, and added that {Pick(random, Additions)}.",
            < 5 => $"{subject} {Pick(random, RequestVerbs)} {Fresh(random, topic.Actions, used)}.",
            _ => $"{subject} {Pick(random, AcknowledgementVerbs)} {Fresh(random, topic.Things, used)}.",
        };
    }

    /// <summary>A phrase not yet used in this section where one is left; otherwise any.</summary>
    private static string Fresh(Random random, IReadOnlyList<string> phrases, HashSet<string> used)
    {
        var left = phrases.Where(p => !used.Contains(p)).ToList();
        var phrase = left.Count > 0 ? Pick(random, left) : Pick(random, phrases);
        used.Add(phrase);
        return phrase;
    }

    private static string Both(MeetingSlot slot, Random random) => slot.Format.Kind switch
    {
        "summit" or "telephone" when slot.Format.Offices[0] == MeetingFormat.JapanPrimeMinister => Pick(random, ["The two leaders", "Both leaders"]),
        "foreign-ministers" or "telephone" => Pick(random, ["The two ministers", "Both ministers"]),
        _ => Pick(random, ["The two sides", "Both sides"]),
    };

    /// <summary>First mention: title and full name, with the country where the genre gives it.</summary>
    private static string Introduce(MeetingSlot slot, int index)
    {
        var person = slot.People[index];
        return slot.Format.Offices[index] switch
        {
            MeetingFormat.JapanPrimeMinister => $"Prime Minister {person.Name}",
            MeetingFormat.JapanForeignMinister => $"Minister for Foreign Affairs of Japan {person.Name}",
            MeetingFormat.RussiaPresident => $"President of the Russian Federation {person.Name}",
            MeetingFormat.RussiaPrimeMinister => $"Prime Minister of the Russian Federation {person.Name}",
            _ => $"Minister of Foreign Affairs of the Russian Federation {person.Name}",
        };
    }

    /// <summary>Second mention: title and surname.</summary>
    private static string Short(MeetingSlot slot, int index) =>
        (slot.Format.Offices[index] == MeetingFormat.JapanPrimeMinister || slot.Format.Offices[index] == MeetingFormat.JapanForeignMinister
            ? JapaneseTitle(slot, index)
            : RussianTitle(slot, index)) + " " + slot.People[index].Surname;

    private static string JapaneseTitle(MeetingSlot slot, int index) =>
        slot.Format.Offices[index] == MeetingFormat.JapanPrimeMinister ? "Prime Minister" : "Foreign Minister";

    private static string RussianTitle(MeetingSlot slot, int index) => slot.Format.Offices[index] switch
    {
        MeetingFormat.RussiaPresident => "President",
        MeetingFormat.RussiaPrimeMinister => "Prime Minister",
        _ => "Foreign Minister",
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
