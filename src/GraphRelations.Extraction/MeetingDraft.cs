using System.Security.Cryptography;
using System.Text;
using GraphRelations.Extraction.Knowledge;
using GraphRelations.Extraction.Model;
using GraphRelations.Extraction.Recognition;
using GraphRelations.Extraction.Text;

namespace GraphRelations.Extraction;

/// <summary>A meeting while the document is being read: facts accumulate here and are frozen by <see cref="Build"/>.</summary>
internal sealed class MeetingDraft
{
    private static readonly HashSet<string> HeadRoles = new(StringComparer.OrdinalIgnoreCase) { "Prime Minister", "President", "Chancellor", "Premier", "King", "Emir", "Sultan", "Chairman of the Government" };
    private static readonly HashSet<string> ForeignMinisterRoles = new(StringComparer.OrdinalIgnoreCase) { "Minister for Foreign Affairs", "Minister of Foreign Affairs", "Foreign Minister", "Secretary of State", "Foreign Secretary", "Secretary of State for Foreign Affairs" };

    private readonly List<(string TopicId, string? Heading)> _topics = [];
    private readonly List<Statement> _statements = [];
    private Sentence? _leadSentence;
    private List<Sentence> _leadSentences = [];
    private List<string> _earlier = [];
    private Sentence? _dateline;

    public MeetingDraft(List<Participant> participants, DateOnly? date, bool telephone, int position)
    {
        Participants = participants;
        Date = date;
        Telephone = telephone;
        Position = position;
        Principals = participants.Select(p => new Principal(p.PersonId, p.Country ?? string.Empty, NamesOf(p), p.Role)).ToList();
    }

    public List<Participant> Participants { get; }
    public DateOnly? Date { get; set; }
    public bool Telephone { get; }
    public int Position { get; }
    public string? TitleKind { get; set; }

    /// <summary>The record's title: "... Meeting on the Occasion of the APEC Ministerial Meeting" names the occasion when the lead does not.</summary>
    public string? DocumentTitle { get; set; }
    public bool IntroducedInBody { get; set; }
    public IReadOnlyList<Principal> Principals { get; }
    public IReadOnlyList<string> LastSpeakers { get; set; } = [];
    public List<(int Start, int End)> Ranges { get; } = [];

    /// <summary>The sentence that reports this meeting, once known.</summary>
    public string? LeadSentence => _leadSentence?.Text;

    /// <param name="dateline">A parenthesised "(time, date, place)" paragraph set above the lead, part of the lead's facts.</param>
    public void SetLead(Sentence meetingSentence, List<Sentence> leadSentences, List<string> earlier, Sentence? dateline = null)
    {
        _leadSentence = meetingSentence;
        _leadSentences = leadSentences;
        _earlier = earlier;
        _dateline = dateline;
        Ranges.Add((meetingSentence.Start, meetingSentence.End));
        if (dateline is not null)
        {
            Ranges.Add((dateline.Start, dateline.End));
        }
    }

    public bool SameAs(MeetingDraft other) =>
        Participants.Select(p => p.PersonId).Order().SequenceEqual(other.Participants.Select(p => p.PersonId).Order());

    public void AddTopic(string topicId, string? heading)
    {
        if (_topics.All(t => t.TopicId != topicId))
        {
            _topics.Add((topicId, heading));
        }
    }

    public void AddStatement(Statement statement) => _statements.Add(statement);

    private static HashSet<string> NamesOf(Participant p)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 1)
            {
                names.Add(part.TrimEnd('.'));
            }
        }

        return names;
    }

    public Meeting Build(string documentId, List<MentionHit> hits, KnowledgeBase kb, string bodyText)
    {
        var kind = KindOf();
        var leadText = string.Join(' ', (_dateline is null ? _leadSentences : _leadSentences.Prepend(_dateline)).Select(s => s.Text));
        var meetingSentence = _leadSentence?.Text ?? string.Empty;
        var countries = Participants.Select(p => p.Country).Where(c => c is not null).ToHashSet();

        var occasion = _leadSentence is null ? null : MeetingDetails.Occasion(new[] { meetingSentence }.Concat(_leadSentences.Select(s => s.Text)).Concat(_earlier), kb.Gatherings);
        if (occasion is null && _leadSentence is not null && DocumentTitle is { } documentTitle)
        {
            occasion = MeetingDetails.Occasion([documentTitle], kb.Gatherings);
        }
        string? city = null;
        string? country = null;
        if (kind != MeetingKinds.Telephone && _leadSentence is { } ls)
        {
            // Where the meeting sentence (or "The meeting took place ...") puts it; countries are not cities.
            var scopes = new List<(int Start, int End)> { (ls.Start, ls.End) };
            scopes.AddRange(_leadSentences.Where(s => s.Start > ls.Start && IsAboutTheMeeting(s.Text)).Select(s => (s.Start, s.End)));
            if (_dateline is not null)
            {
                scopes.Add((_dateline.Start, _dateline.End));
            }

            if (MeetingDetails.MeetingPlace(hits, scopes, occasion) is { } place)
            {
                city = place.Name;
                country = kb.Countries.FirstOrDefault(c => c.Code == place.CountryCode)?.Canonical;
            }
            else
            {
                var visited = hits.FirstOrDefault(h => h.IsCountry && h.Start >= ls.Start && h.End <= ls.End && VisitedBefore(ls, h));
                country = visited is null ? null : kb.Countries.FirstOrDefault(c => c.Code == visited.CountryCode)?.Canonical;
            }
        }

        var duration = _leadSentence is null ? null : MeetingDetails.DurationMinutes(leadText);
        var sequence = _leadSentence is null ? null : MeetingDetails.SequenceNumber(leadText, IntroducedInBody ? string.Empty : bodyText);

        var mentions = new List<Mention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ranges = MergedRanges();
        foreach (var h in hits)
        {
            if (!Covers(ranges, h.Start, h.End))
            {
                continue;
            }

            if ((h.Type == MentionTypes.Place && h.IsCountry && countries.Contains(h.CountryCode)) || h.Type == MentionRecognizer.Venue)
            {
                continue;
            }

            if (seen.Add(h.EntityId))
            {
                mentions.Add(new Mention(h.EntityId, h.Type, h.Name, h.Start, h.End));
            }
        }

        var topics = _topics.Select((t, i) => new MeetingTopic(t.TopicId, t.Heading, i + 1)).ToList();
        var id = IdOf(documentId, kind);
        return new Meeting(id, kind, Date, city, country, occasion, duration, sequence, Participants, topics, _statements, mentions);
    }

    /// <summary>The text spans that belong to this meeting, sorted and merged so a lookup is a binary search even for huge inputs.</summary>
    private List<(int Start, int End)> MergedRanges()
    {
        var sorted = Ranges.OrderBy(r => r.Start).ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var r in sorted)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End + 1)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    private static bool Covers(List<(int Start, int End)> ranges, int start, int end)
    {
        int lo = 0, hi = ranges.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (ranges[mid].End < end)
            {
                lo = mid + 1;
            }
            else if (ranges[mid].Start > start)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAboutTheMeeting(string sentence) =>
        sentence.StartsWith("The meeting", StringComparison.Ordinal) || sentence.StartsWith("The summit", StringComparison.OrdinalIgnoreCase)
        || sentence.StartsWith("The talks", StringComparison.Ordinal) || sentence.StartsWith("The Summit", StringComparison.Ordinal);

    private static bool VisitedBefore(Sentence s, MentionHit h)
    {
        var before = s.Text[..Math.Max(0, h.Start - s.Start)];
        return before.EndsWith("visit to ", StringComparison.Ordinal) || before.EndsWith("visiting ", StringComparison.Ordinal)
            || before.EndsWith(" in ", StringComparison.Ordinal) || before.EndsWith("visited ", StringComparison.Ordinal);
    }

    private string KindOf()
    {
        if (Telephone)
        {
            return MeetingKinds.Telephone;
        }

        if (Participants.Count >= 2)
        {
            var roles = Participants.Select(p => p.Role ?? string.Empty).ToList();
            if (roles.All(HeadRoles.Contains))
            {
                return MeetingKinds.Summit;
            }

            if (roles.All(ForeignMinisterRoles.Contains))
            {
                return MeetingKinds.ForeignMinisters;
            }

            if (roles.All(r => r.Length > 0))
            {
                return MeetingKinds.Other;
            }
        }

        var title = TitleKind ?? string.Empty;
        if (title.Contains("Summit", StringComparison.OrdinalIgnoreCase))
        {
            return MeetingKinds.Summit;
        }

        return title.Contains("Foreign Minister", StringComparison.OrdinalIgnoreCase) ? MeetingKinds.ForeignMinisters : MeetingKinds.Other;
    }

    private string IdOf(string documentId, string kind)
    {
        var people = string.Join(',', Participants.Select(p => p.PersonId).Order(StringComparer.Ordinal));
        var key = Date is { } d
            ? $"{d:yyyy-MM-dd}|{kind}|{people}"
            : $"{documentId}|undated|{kind}|{people}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
