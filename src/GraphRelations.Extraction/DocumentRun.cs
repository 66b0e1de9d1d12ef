using GraphRelations.Extraction.Knowledge;
using GraphRelations.Extraction.Model;
using GraphRelations.Extraction.Recognition;
using GraphRelations.Extraction.Text;

namespace GraphRelations.Extraction;

/// <summary>One extraction of one document: the layout walk from header to lead to sections and statements.</summary>
internal sealed partial class DocumentRun
{
    private const int LeadSearchLines = 14;
    private const int MaxBodyLines = 20_000;
    private const int MaxMentionChars = 2_000_000;

    // A real record has tens of sentences; past this many the input is not a meeting record and more work buys nothing.
    private const int MaxBodySentences = 10_000;

    private readonly MeetingRecordExtractor _x;
    private readonly NormalizedDocument _doc;
    private readonly string _source;
    private readonly string _text;
    private readonly List<Line> _lines;
    private readonly List<MeetingDraft> _meetings = [];
    private List<(int Start, int End)> _entitySpans = [];

    public DocumentRun(MeetingRecordExtractor extractor, NormalizedDocument document, string source)
    {
        _x = extractor;
        _doc = document;
        _source = source;
        _text = document.Text;
        _lines = DocumentLayout.Lines(_text);
    }

    private KnowledgeBase Kb => _x.Knowledge;

    public DocumentGraph Run()
    {
        var (title, published, headerEnd) = ReadHeader();
        if (_lines.Count == 0)
        {
            return Empty(title, published, "empty text");
        }

        var lead = FindLead(headerEnd, published) ?? (title is not null ? FindLeadIn(0, 0, published) : null);
        int bodyStart;
        if (lead is not null)
        {
            // A title that reads "X held a meeting with Y" is the lead when the body has none.
            bodyStart = Math.Max(lead.Line.Index + 1, headerEnd);
        }
        else
        {
            var fallback = FallbackMeeting(title, headerEnd, published);
            if (fallback is null)
            {
                return Empty(title, published, "no meeting record found: no sentence reports a meeting between named principals");
            }

            _meetings.Add(fallback);
            bodyStart = headerEnd;
        }

        foreach (var m in _meetings)
        {
            m.DocumentTitle = title;
        }

        var mentionFrom = headerEnd > 0 ? _lines[Math.Min(headerEnd, _lines.Count) - 1].End : 0;
        if (title is not null && headerEnd == 0)
        {
            mentionFrom = _lines[0].End;
        }

        foreach (var m in _meetings)
        {
            m.Ranges.Add((mentionFrom, lead is null ? mentionFrom : lead.Line.End));
        }

        var mentionHits = FindMentions(mentionFrom);
        _entitySpans = mentionHits.Where(h => h.FromGazetteer && h.Type is MentionTypes.Organization or MentionTypes.Event).Select(h => (h.Start, h.End)).ToList();
        WalkBody(bodyStart, published);
        var bodyText = bodyStart < _lines.Count ? _text[_lines[bodyStart].Start..Math.Min(_text.Length, _lines[bodyStart].Start + 50_000)] : string.Empty;
        var meetings = _meetings.Select(m => m.Build(_doc.Id, mentionHits, Kb, bodyText)).ToList();
        for (var i = 1; i < meetings.Count; i++)
        {
            // A meeting a later paragraph adds ("also held a meeting with ...") happened on the same trip.
            if (_meetings[i].IntroducedInBody && meetings[i].Occasion is null && meetings[0].Occasion is not null)
            {
                meetings[i] = meetings[i] with { Occasion = meetings[0].Occasion };
            }
        }
        return new DocumentGraph(_doc.Id, _source, title, published, _x.Version, meetings);
    }

    private DocumentGraph Empty(string? title, DateOnly? published, string reason) =>
        new(_doc.Id, _source, title, published, _x.Version, [], reason);

    private (string? Title, DateOnly? Published, int HeaderEnd) ReadHeader()
    {
        string? title = null;
        DateOnly? published = null;
        var headerEnd = 0;
        for (var i = 0; i < Math.Min(_lines.Count, 10); i++)
        {
            if (DateParser.ParseDateLine(_lines[i].Content) is { } d)
            {
                published = d;
                headerEnd = i + 1;
                break;
            }
        }

        if (_lines.Count > 0)
        {
            var first = _lines[0].Content.TrimEnd();
            var isSentence = first.EndsWith('.') && first.Split(' ').Length > 8;
            var readable = first.Count(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '(' or ')' or ',' or '.' or ':' or '"' or '&' or '/') >= first.Length * 0.9;
            if (!isSentence && readable && first.Length <= 300 && DateParser.ParseDateLine(first) is null)
            {
                title = first;
                headerEnd = Math.Max(headerEnd, 1);
            }
        }

        return (title, published, headerEnd);
    }

    private sealed record Lead(Line Line, Sentence Sentence);

    private Lead? FindLead(int headerEnd, DateOnly? published)
    {
        for (var i = headerEnd; i < Math.Min(_lines.Count, headerEnd + LeadSearchLines); i++)
        {
            if (FindLeadIn(i, headerEnd, published) is { } lead)
            {
                return lead;
            }
        }

        return null;
    }

    private Lead? FindLeadIn(int i, int headerEnd, DateOnly? published)
    {
        foreach (var s in DocumentLayout.Sentences(_text, _lines[i]))
        {
            var drafts = MeetingsIn(s, published, primary: true);
            if (drafts.Count == 0 && ImpersonalMeeting(s, headerEnd, published) is { } impersonal)
            {
                drafts = [impersonal];
            }

            if (drafts.Count == 0)
            {
                continue;
            }

            var line = _lines[i];
            var leadSentences = DocumentLayout.Sentences(_text, line);
            var dateline = DatelineBefore(headerEnd, i);
            var leadDate = DateParser.FindAll(_text[line.ContentStart..line.End]).FirstOrDefault(x => !x.InRange);
            if (leadDate == default && dateline is { } dl)
            {
                // "(10:19 - 10:38 June 8 (Thursday), Tokyo)" set above the lead: the meeting's own dateline.
                leadDate = DateParser.FindAll(dl.Text).FirstOrDefault(x => !x.InRange);
            }

            foreach (var d in drafts)
            {
                if (d.Date is null && drafts.Count == 1 && leadDate != default)
                {
                    d.Date = DateParser.Resolve(leadDate, published, published is null ? YearEvidenceFor(d) : null);
                }

                d.SetLead(s, leadSentences, EarlierParagraphs(headerEnd, i), dateline);
                _meetings.Add(d);
            }

            AddFurtherLeadMeetings(leadSentences.Where(x => x.Start > s.Start), leadSentences, published);
            return new Lead(line, s);
        }

        return null;
    }

    /// <summary>
    /// "On 10 January ... in Moscow. On 11 January, the two held talks again in Khabarovsk.", "Later that day, Minister A held
    /// a meeting with Minister B": a lead that reports a second encounter gives it its own meeting. The same principals
    /// make a second meeting only on a day of their own, so a lead that restates its one meeting is never split.
    /// </summary>
    private void AddFurtherLeadMeetings(IEnumerable<Sentence> rest, List<Sentence> leadSentences, DateOnly? published)
    {
        foreach (var s in rest)
        {
            foreach (var d in MeetingsIn(s, published, primary: true))
            {
                var same = _meetings.Where(m => m.SameAs(d)).ToList();
                if (same.Count > 0 && (d.Date is null || same.Any(m => m.Date is null || m.Date == d.Date)))
                {
                    continue;
                }

                if (d.Date is null && (s.Text.Contains("that day", StringComparison.OrdinalIgnoreCase) || s.Text.Contains("the same day", StringComparison.OrdinalIgnoreCase)))
                {
                    // "Later that day", "On the same day": the day of the meeting reported just before.
                    d.Date = _meetings[^1].Date;
                }

                d.SetLead(s, leadSentences.Where(x => x.Start >= s.Start).ToList(), []);
                _meetings.Add(d);
            }
        }
    }

    /// <summary>A paragraph between the header and the lead that is only a parenthesised time, date and place.</summary>
    private Sentence? DatelineBefore(int headerEnd, int leadLine)
    {
        for (var k = leadLine - 1; k >= headerEnd && k >= leadLine - 3; k--)
        {
            var content = _lines[k].Content.Trim();
            if (content.Length is > 2 and < 120 && content[0] == '(' && content[^1] == ')'
                && (DateParser.FindAll(content).Count > 0 || content.Contains(':', StringComparison.Ordinal)))
            {
                var start = _lines[k].ContentStart + _lines[k].Content.IndexOf('(', StringComparison.Ordinal);
                return new Sentence(start, start + content.Length, content, _lines[k]);
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Summit|Meeting|Talks?|Conversation|Consultations?)\b[^.;:]{0,60}?\b(?:took place|was held|were held|was conducted)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial System.Text.RegularExpressions.Regex ImpersonalMeetingClause();

    /// <summary>
    /// "A Japan-Russia Summit Meeting took place for 55 minutes on 15 November ...": the lead names the meeting but no
    /// one in it. The principals are the people the record names who, on the meeting's date, held the offices such a
    /// meeting is between (heads for a summit, foreign ministers for theirs): the first Japanese and the first other.
    /// </summary>
    private MeetingDraft? ImpersonalMeeting(Sentence s, int headerEnd, DateOnly? published)
    {
        if (s.Text.Length > 1_000 || !ImpersonalMeetingClause().IsMatch(s.Text))
        {
            return null;
        }

        var written = DateParser.FindAll(s.Text).FirstOrDefault(d => !d.InRange);
        var date = written == default ? null : DateParser.Resolve(written, published);
        var when = date ?? published;
        if (when is null)
        {
            return null;
        }

        var foreign = s.Text.Contains("Foreign Minister", StringComparison.OrdinalIgnoreCase);
        // Line by line: a heading's last word ("1. Points") must not run on into the name on the next line.
        var holders = new List<PersonHit>();
        var chars = 0;
        for (var li = headerEnd; li < _lines.Count && chars < 20_000; li++)
        {
            var tokens = Tokenizer.Tokenize(_text, _lines[li].ContentStart, _lines[li].End);
            chars += _lines[li].End - _lines[li].Start;
            holders.AddRange(_x.People.FindKnown(tokens, 0, tokens.Count, when)
                .Where(h => h.Known is { } p && _x.People.RoleAt(p, when) is { } term && (foreign ? term.Office.Foreign : term.Office.Head)));
        }

        var jp = holders.FirstOrDefault(h => h.Country == "JP");
        var other = holders.FirstOrDefault(h => h.Country is not null && h.Country != "JP");
        if (jp is null || other is null)
        {
            return null;
        }

        var telephone = s.Text.Contains("telephone", StringComparison.OrdinalIgnoreCase);
        return new MeetingDraft([ToParticipant(jp, when, null), ToParticipant(other, when, null)], date, telephone, s.Start);
    }

    private List<string> EarlierParagraphs(int from, int to)
    {
        var result = new List<string>();
        for (var i = from; i < to; i++)
        {
            result.AddRange(DocumentLayout.Sentences(_text, _lines[i]).Select(s => s.Text));
        }

        return result;
    }

    private static readonly HashSet<string> MeetingVerbs = new(StringComparer.Ordinal) { "held", "met", "paid", "had", "received", "talked", "spoke" };
    private static readonly HashSet<string> MeetingNouns = new(StringComparer.OrdinalIgnoreCase) { "meeting", "meetings", "talk", "talks", "conversation", "conversations", "summit", "call", "consultation", "consultations" };

    /// <summary>The meetings a sentence reports: "A held a meeting with B", "A met with B", "A and B held ...", "talks were held between A and B".</summary>
    private List<MeetingDraft> MeetingsIn(Sentence s, DateOnly? published, bool primary)
    {
        var tokens = Tokenizer.Tokenize(_text, s.Start, s.End);
        if (tokens.Count > 600)
        {
            return [];
        }

        var verb = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var v = tokens[i].Value;
            if (!MeetingVerbs.Contains(v))
            {
                continue;
            }

            if (v == "met" || (v == "held" && i > 0 && tokens[i - 1].Value is "were" or "was"))
            {
                verb = i;
                break;
            }

            if (v is "talked" or "spoke")
            {
                // "talked over the telephone with": only a telephone makes talking a meeting here.
                if (Enumerable.Range(i + 1, Math.Min(5, tokens.Count - i - 1)).Any(k => tokens[k].Value is "telephone" or "phone"))
                {
                    verb = i;
                    break;
                }

                continue;
            }

            if (Enumerable.Range(i + 1, Math.Min(16, tokens.Count - i - 1)).Any(k => MeetingNouns.Contains(tokens[k].Value)))
            {
                verb = i;
                break;
            }
        }

        if (verb < 0)
        {
            return [];
        }

        var dates = DateParser.FindAll(s.Text);
        var writtenDate = dates.FirstOrDefault(d => !d.InRange);
        var anyRange = dates.Any(d => d.InRange);
        DateOnly? date = dates.Count > 0 && !(anyRange && dates.All(d => d.InRange)) && writtenDate != default ? DateParser.Resolve(writtenDate, published) : null;
        var lookupDate = date ?? published;

        var known = _x.People.FindKnown(tokens, 0, tokens.Count, lookupDate);
        PersonHit? subject = known.FirstOrDefault(h => h.LastToken < verb);
        var before = known.Where(h => h.LastToken < verb).ToList();
        var counterparts = new List<PersonHit>();
        if (before.Count >= 2 && before.Any(b => b.Country == "JP") && before.Any(b => b.Country != "JP"))
        {
            subject = before.First(b => b.Country == "JP");
            counterparts.Add(before.First(b => b.Country != "JP"));
        }

        for (var w = verb; w < tokens.Count; w++)
        {
            var v = tokens[w].Value;
            var isObject = v is "with" or "between" || (v == "on" && w > 0 && tokens[w - 1].Value is "call" or "calls")
                || (v == "from" && w > 0 && tokens[w - 1].Value is "call" or "calls" or "visit");
            if (!primary && v != "with")
            {
                // A later paragraph adds a meeting only as "X also held a meeting with Y"; "between" there names plans.
                continue;
            }

            if (!isObject)
            {
                continue;
            }

            var window = Math.Min(tokens.Count, w + 16);
            var hit = known.FirstOrDefault(h => h.FirstToken > w && h.FirstToken < window) ?? FindTitled(tokens, w + 1, window)
                ?? OfficeHolderAt(tokens, w + 1, lookupDate);
            if (hit is null)
            {
                continue;
            }

            if (v == "between" && subject is null)
            {
                subject = hit;
                var second = known.FirstOrDefault(h => h.FirstToken > hit.LastToken && h.FirstToken < hit.LastToken + 16) ?? FindTitled(tokens, hit.LastToken + 1, Math.Min(tokens.Count, hit.LastToken + 16));
                if (second is not null)
                {
                    counterparts.Add(second);
                }

                continue;
            }

            counterparts.Add(hit);
        }

        if (counterparts.Count == 0 && tokens[verb].Value == "met" && verb + 1 < tokens.Count && tokens[verb + 1].Value is not ("with" or "in" or "at" or "on"))
        {
            // "Prime Minister Abe met President Putin": a direct object.
            var hit = known.FirstOrDefault(h => h.FirstToken > verb && h.FirstToken < verb + 16) ?? FindTitled(tokens, verb + 1, Math.Min(tokens.Count, verb + 16));
            if (hit is not null)
            {
                counterparts.Add(hit);
            }
        }

        if (counterparts.Count == 0 && primary && known.Any(h => h.Country == "JP") && known.Any(h => h.Country is not null && h.Country != "JP"))
        {
            // "Prime Minister Abe welcomed President Putin ... and held a summit meeting": both principals are named.
            subject ??= known.First(h => h.Country == "JP");
            counterparts.Add(known.First(h => h.Country is not null && h.Country != "JP"));
        }

        if (subject is null && before.Count == 0)
        {
            subject = FindTitled(tokens, 0, verb, stopAtPunctuation: false);
        }

        if (subject is null && before.Count == 0)
        {
            // "... he held meetings with ...": the subject was named earlier in the sentence or the title.
            subject = known.FirstOrDefault(h => h.Country == "JP" && counterparts.All(c => c.Id != h.Id));
        }

        if (subject is null && before.Count == 0 && Enumerable.Range(0, verb).Any(k => tokens[k].Value is "he" or "He" or "she" or "She"))
        {
            // "On 12 November he held a summit meeting with ...": the pronoun is the Japanese principal named before it.
            subject = JapanesePersonBefore(s, lookupDate);
        }

        counterparts = counterparts.Where(c => subject is null || c.Id != subject.Id).DistinctBy(c => c.Id).ToList();
        if (counterparts.Count == 0 || (subject is null && !primary))
        {
            return [];
        }

        if (date is null && published is null && writtenDate != default && !(anyRange && dates.All(d => d.InRange)))
        {
            // No publication line: the year is what the participants' terms (or a named edition of a gathering) leave open.
            date = DateParser.Resolve(writtenDate, null, YearEvidenceFor(counterparts.Append(subject), s.Text));
            lookupDate = date;
        }

        // "On 12 November he met X in Moscow, and on 13 November he held talks with Y": each meeting keeps the date written before it.
        DateOnly? OwnDate(PersonHit counterpart)
        {
            if (counterparts.Count < 2 || dates.Count(d => !d.InRange) < 2)
            {
                return null;
            }

            var at = tokens[counterpart.FirstToken].Start - s.Start;
            var own = dates.LastOrDefault(d => !d.InRange && d.End <= at);
            return own == default ? null : DateParser.Resolve(own, published, published is null ? YearEvidenceFor([subject, counterpart], s.Text) : null);
        }

        var telephone = s.Text.Contains("telephone", StringComparison.OrdinalIgnoreCase) || s.Text.Contains(" phone ", StringComparison.OrdinalIgnoreCase);
        if (IsTwoPlusTwo(s.Text) && known.Count + counterparts.Count >= 3)
        {
            // A "2+2" is one meeting of the four ministers: everyone the sentence names takes part.
            var everyone = new List<PersonHit>();
            for (var k = 0; k < tokens.Count; k++)
            {
                var hit = known.FirstOrDefault(h => h.FirstToken == k) ?? (tokens[k].IsCapitalized ? _x.People.ParseTitled(tokens, k, tokens.Count) : null);
                if (hit is not null)
                {
                    everyone.Add(hit);
                    k = Math.Max(k, hit.LastToken);
                }
            }

            everyone = everyone.DistinctBy(h => h.Id).ToList();
            if (everyone.Count >= 3)
            {
                var country = everyone.Select(h => h.Country).FirstOrDefault(c => c is not null && c != "JP");
                return [new MeetingDraft(everyone.Select(h => ToParticipant(h, lookupDate, country)).ToList(), date, false, s.Start)];
            }
        }

        var defaultCountry = counterparts.Select(c => c.Country).FirstOrDefault(c => c is not null && c != "JP");
        var drafts = new List<MeetingDraft>();
        foreach (var c in counterparts)
        {
            var participants = new List<Participant>();
            if (subject is not null)
            {
                participants.Add(ToParticipant(subject, lookupDate, null));
            }

            participants.Add(ToParticipant(c, lookupDate, defaultCountry));
            drafts.Add(new MeetingDraft(participants, OwnDate(c) ?? date, telephone, s.Start));
        }

        return drafts;
    }

    /// <summary>
    /// "with the President of the Russian Federation": an office named without its holder is the person who held it
    /// on the meeting's date, when the knowledge knows exactly one.
    /// </summary>
    private PersonHit? OfficeHolderAt(List<Token> tokens, int at, DateOnly? date)
    {
        if (date is not { } d)
        {
            return null;
        }

        var i = at;
        while (i < tokens.Count && i < at + 4 && tokens[i].Value is "the" or "H" or "." or "E")
        {
            i++;
        }

        if (i >= tokens.Count || !tokens[i].IsCapitalized)
        {
            return null;
        }

        foreach (var office in Kb.Offices)
        {
            if (!office.Role.StartsWith(tokens[i].Value, StringComparison.Ordinal))
            {
                continue;
            }

            var role = office.Role.Split(' ');
            if (i + role.Length + 1 >= tokens.Count || !role.Select((w, k) => tokens[i + k].Value == w).All(x => x) || tokens[i + role.Length].Value != "of")
            {
                continue;
            }

            var c = i + role.Length + 1;
            if (tokens[c].Value == "the")
            {
                c++;
            }

            // The longest run of words that names the office's country ("Russian Federation", "Russia").
            var last = -1;
            var name = string.Empty;
            for (var k = c; k < Math.Min(tokens.Count, c + 5) && tokens[k].IsWord; k++)
            {
                name = name.Length == 0 ? tokens[k].Value : name + " " + tokens[k].Value;
                if (Kb.CountryCodes.TryGetValue(name.ToLowerInvariant(), out var code) && code == office.Country)
                {
                    last = k;
                }
            }

            if (last < 0)
            {
                continue;
            }

            var holders = Kb.People.Where(p => Kb.TermsOf(p).Any(t => t.Office.Id == office.Id && t.Covers(d))).ToList();
            if (holders.Count == 1)
            {
                var p = holders[0];
                return new PersonHit(at, last, p.Id, p.Name, p.Country, office.Role, p, office.Role);
            }
        }

        return null;
    }

    private static bool IsTwoPlusTwo(string text) =>
        text.Contains("2+2", StringComparison.Ordinal) || text.Contains("2 + 2", StringComparison.Ordinal)
        || text.Contains("Foreign and Defense Minist", StringComparison.OrdinalIgnoreCase) || text.Contains("Foreign and Defence Minist", StringComparison.OrdinalIgnoreCase);

    /// <summary>The last Japanese gazetteer person named in the paragraph before the sentence, else in the title.</summary>
    private PersonHit? JapanesePersonBefore(Sentence s, DateOnly? date)
    {
        var paragraph = Tokenizer.Tokenize(_text, s.Line.ContentStart, s.Start);
        var hit = _x.People.FindKnown(paragraph, 0, paragraph.Count, date).LastOrDefault(h => h.Country == "JP");
        if (hit is not null || _lines.Count == 0)
        {
            return hit;
        }

        var title = Tokenizer.Tokenize(_text, _lines[0].ContentStart, _lines[0].End);
        return _x.People.FindKnown(title, 0, title.Count, date).FirstOrDefault(h => h.Country == "JP");
    }

    private YearEvidence YearEvidenceFor(MeetingDraft draft)
    {
        var terms = draft.Participants.Select(p => Kb.People.FirstOrDefault(k => k.Id == p.PersonId)).Where(k => k is not null)
            .Select(k => (IReadOnlyList<(DateOnly From, DateOnly? To)>)Kb.TermsOf(k!).Select(t => (t.From, t.To)).ToList())
            .ToList();
        return YearEvidence.SharedTerms(terms);
    }

    private YearEvidence YearEvidenceFor(IEnumerable<PersonHit?> people, string sentence)
    {
        var terms = people.Where(p => p?.Known is not null).DistinctBy(p => p!.Id)
            .Select(p => (IReadOnlyList<(DateOnly From, DateOnly? To)>)Kb.TermsOf(p!.Known!).Select(t => (t.From, t.To)).ToList())
            .ToList();
        return YearEvidence.SharedTerms(terms, EditionYearNamedIn(sentence));
    }

    /// <summary>The year of a gathering's edition the sentence names ("G20 Buenos Aires Summit"); the gatherings data supplies it.</summary>
    private int? EditionYearNamedIn(string sentence) => Kb.Gatherings.YearNamedIn(sentence);

    private PersonHit? FindTitled(List<Token> tokens, int from, int to, bool stopAtPunctuation = true)
    {
        for (var i = from; i < to; i++)
        {
            if (_x.People.ParseTitled(tokens, i, tokens.Count) is { } hit)
            {
                return hit;
            }

            if (stopAtPunctuation && tokens[i].Value is "," or "." or "with" or "on")
            {
                break;
            }
        }

        return null;
    }

    private Participant ToParticipant(PersonHit hit, DateOnly? date, string? defaultCountry)
    {
        if (hit.Known is { } person)
        {
            var term = _x.People.RoleAt(person, date);
            return new Participant(person.Id, person.Name, person.Country, term?.Office.Role ?? hit.Role, term?.Office.Id, term?.From, term?.To);
        }

        return new Participant(hit.Id, hit.Name, hit.Country ?? defaultCountry, hit.Role);
    }

    private MeetingDraft? FallbackMeeting(string? title, int headerEnd, DateOnly? published)
    {
        // No lead sentence (a record that opens with its first section): the principals are the first
        // Japanese and the first other gazetteer person named, the kind comes from the title.
        var end = Math.Min(_text.Length, 20_000);
        var tokens = Tokenizer.Tokenize(_text, headerEnd < _lines.Count ? _lines[headerEnd].Start : 0, end);
        var known = _x.People.FindKnown(tokens, 0, tokens.Count, published);
        var jp = known.FirstOrDefault(h => h.Country == "JP");
        var other = known.FirstOrDefault(h => h.Country != "JP");
        if (jp is null || other is null || title is null || !LooksLikeMeetingTitle(title))
        {
            return null;
        }

        var draft = new MeetingDraft([ToParticipant(jp, published, null), ToParticipant(other, published, null)], null, title.Contains("Telephone", StringComparison.OrdinalIgnoreCase), 0);
        draft.TitleKind = title;
        return draft;
    }

    private static bool LooksLikeMeetingTitle(string title) =>
        title.Contains("Meeting", StringComparison.OrdinalIgnoreCase) || title.Contains("Talk", StringComparison.OrdinalIgnoreCase)
        || title.Contains("Summit", StringComparison.OrdinalIgnoreCase) || title.Contains("Visit", StringComparison.OrdinalIgnoreCase)
        || title.Contains("Conversation", StringComparison.OrdinalIgnoreCase) || title.Contains("Relations", StringComparison.OrdinalIgnoreCase);

    private sealed record OpenHeading(Line Line, int Level, IReadOnlyList<string> Topics);

    private void WalkBody(int bodyStart, DateOnly? published)
    {
        if (_meetings.Count == 0)
        {
            return;
        }

        var current = _meetings[0];
        var stack = new List<OpenHeading>();
        Line? listIntro = null;
        MarkerKind? firstItemKind = null;
        var lastLine = _lines.Count - 1;
        var sentenceBudget = MaxBodySentences;
        for (var li = bodyStart; li < Math.Min(_lines.Count, bodyStart + MaxBodyLines); li++)
        {
            var line = _lines[li];
            if (listIntro is not null)
            {
                if (IsListItem(line, listIntro, ref firstItemKind))
                {
                    current.Ranges.Add((line.Start, line.End));
                    continue;
                }

                listIntro = null;
                firstItemKind = null;
            }

            var sentences = DocumentLayout.Sentences(_text, line);
            if (sentences.Count == 0)
            {
                continue;
            }

            if (li != lastLine && IsHeadingText(line.Content) && !HasSpeechAct(sentences, current))
            {
                while (stack.Count > 0 && (stack[^1].Line.Indent > line.Indent || (stack[^1].Line.Indent == line.Indent && stack[^1].Level >= line.Level)))
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var switched = MeetingNamedBy(line, published);
                if (switched is not null)
                {
                    current = switched;
                }

                var topics = TopicsOfHeading(line.Content);
                stack.Add(new OpenHeading(line, line.InnerLevel, topics));
                var headingText = _text[line.Start..line.End];
                foreach (var t in topics)
                {
                    current.AddTopic(t, headingText);
                }

                current.Ranges.Add((line.Start, line.End));
                continue;
            }

            if (line.FirstMarker != MarkerKind.None)
            {
                while (stack.Count > 0 && (stack[^1].Line.Indent > line.Indent || (stack[^1].Line.Indent == line.Indent && stack[^1].Level >= line.Level)))
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }

            var sectionTopics = stack.SelectMany(h => h.Topics).Distinct().ToList();
            sentenceBudget -= sentences.Count;
            if (sentenceBudget < 0)
            {
                break;
            }

            foreach (var s in sentences)
            {
                var newMeetings = MeetingsIn(s, published, primary: false)
                    .Where(d => d.Participants.Count == 2 && _meetings.All(m => !m.SameAs(d)))
                    .ToList();
                foreach (var d in newMeetings)
                {
                    d.SetLead(s, [s], []);
                    d.IntroducedInBody = true;
                    _meetings.Add(d);
                    current = d;
                }

                var act = RecognizeAct(s, current);
                if (act is null)
                {
                    if (!current.IntroducedInBody || newMeetings.Count > 0)
                    {
                        current.Ranges.Add((s.Start, s.End));
                    }

                    continue;
                }

                current.Ranges.Add((s.Start, s.End));

                var sentenceTopics = TopicsOfText(s.Start, s.End);
                var topics = sectionTopics.Concat(sentenceTopics).Distinct().ToList();
                current.AddStatement(new Statement(act.Speakers, act.Kind, act.Verb, topics, s.Text, s.Start, s.End));
                foreach (var t in topics)
                {
                    current.AddTopic(t, null);
                }

                if (s == sentences[^1] && IsListIntro(s.Text))
                {
                    listIntro = line;
                }
            }

        }
    }

    private static bool IsListItem(Line line, Line intro, ref MarkerKind? firstItemKind)
    {
        bool item;
        if (line.Indent > intro.Indent)
        {
            var sameAsIntro = line.InnerMarker == intro.InnerMarker && line.InnerMarker != MarkerKind.None;
            item = !(sameAsIntro && firstItemKind is { } f && f != intro.InnerMarker);
        }
        else
        {
            item = line.Indent == intro.Indent
                && ((line.FirstMarker == MarkerKind.Bullet && intro.FirstMarker != MarkerKind.Bullet)
                    || (line.FirstMarker != MarkerKind.None && line.InnerLevel > intro.InnerLevel && intro.InnerMarker != MarkerKind.None));
        }

        if (item)
        {
            firstItemKind ??= line.InnerMarker;
        }

        return item;
    }

    private static bool IsListIntro(string sentence)
    {
        var s = sentence.TrimEnd();
        return s.EndsWith(':') || s.EndsWith("as follows.", StringComparison.OrdinalIgnoreCase) || s.EndsWith("as follows", StringComparison.OrdinalIgnoreCase)
            || System.Text.RegularExpressions.Regex.IsMatch(
                s,
                @"\bthe following (?:[a-z-]+ ){0,2}(?:points?|statements?|measures?|items?|matters?|issues?|areas?|elements?|remarks?|messages?|understandings?|agreements?|contents?|proposals?|principles?|outcomes?|results?|views?|steps?)\b",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase,
                TimeSpan.FromMilliseconds(100));
    }

    private static bool IsHeadingText(string content)
    {
        var c = content.Trim().TrimEnd('"', '\'', ')', ' ');
        if (c.Length == 0 || c.Length > 160)
        {
            return false;
        }

        if (c.EndsWith("etc.", StringComparison.Ordinal))
        {
            return true;
        }

        return !(c.EndsWith('.') || c.EndsWith(':') || c.EndsWith(';') || c.EndsWith('?') || c.EndsWith('!') || c.EndsWith(','));
    }

    private bool HasSpeechAct(List<Sentence> sentences, MeetingDraft meeting) =>
        sentences.Any(s => _x.Speech.Recognize(Tokenizer.Tokenize(_text, s.Start, s.End), meeting.Principals, []) is not null);

    private SpeechAct? RecognizeAct(Sentence s, MeetingDraft meeting)
    {
        var tokens = Tokenizer.Tokenize(_text, s.Start, s.End);
        var act = _x.Speech.Recognize(tokens, meeting.Principals, meeting.LastSpeakers);
        if (act is not null)
        {
            meeting.LastSpeakers = act.Speakers.Count == 1 ? act.Speakers : meeting.LastSpeakers;
        }

        return act;
    }

    /// <summary>
    /// The meeting a section heading opens, in a record of several: "Meeting with Prime Minister Primakov", "Talks in
    /// Khabarovsk (11 January)", "2. Foreign Ministers' Meeting", "2+2". The counterpart's name, the heading's date, a
    /// place named in that meeting's own lead sentence and the kind of meeting the heading names each count.
    /// </summary>
    private MeetingDraft? MeetingNamedBy(Line heading, DateOnly? published)
    {
        if (_meetings.Count < 2)
        {
            return null;
        }

        var tokens = Tokenizer.Tokenize(_text, heading.ContentStart, heading.End);
        var written = DateParser.FindAll(heading.Content).FirstOrDefault(d => !d.InRange);
        var headingDate = written == default ? null : DateParser.Resolve(written, published);
        var content = heading.Content;
        MeetingDraft? best = null;
        var bestScore = 0;
        var tied = false;
        foreach (var m in _meetings)
        {
            var score = 0;
            var counterparts = m.Participants.Skip(1).Select(p => p.Name.Split(' ')[^1]).ToList();
            if (counterparts.Any(surname => tokens.Any(t => t.Value.Equals(surname, StringComparison.OrdinalIgnoreCase))))
            {
                score += 2;
            }

            if (headingDate is not null && m.Date == headingDate)
            {
                score += 2;
            }

            if (m.LeadSentence is { } lead && tokens.Any(t => t.IsCapitalized && t.Value.Length > 3 && !IsCommonHeadingWord(t.Value)
                && lead.Contains(t.Value, StringComparison.Ordinal) && _meetings.Count(o => o.LeadSentence?.Contains(t.Value, StringComparison.Ordinal) == true) == 1))
            {
                score += 2;
            }

            if (HeadingNamesKind(content, m))
            {
                score += 1;
            }

            if (score > bestScore)
            {
                (best, bestScore, tied) = (m, score, false);
            }
            else if (score == bestScore && score > 0)
            {
                tied = true;
            }
        }

        if (best is null || tied)
        {
            return null;
        }

        if (best.Date is null && headingDate is not null)
        {
            best.Date = headingDate;
        }

        return best;
    }

    private static bool IsCommonHeadingWord(string word) => word is "Meeting" or "Meetings" or "Talks" or "Summit" or "Minister" or "Ministers" or "Prime" or "President" or "Foreign" or "Japan" or "Russia" or "Relations";

    private static bool HeadingNamesKind(string heading, MeetingDraft m)
    {
        if (IsTwoPlusTwo(heading))
        {
            return m.Participants.Count > 2 || (m.LeadSentence is { } lead && IsTwoPlusTwo(lead));
        }

        if (heading.Contains("Foreign Minister", StringComparison.OrdinalIgnoreCase))
        {
            return m.Participants.Count == 2 && m.Participants.All(p => p.Role is { } r && (r.Contains("Foreign", StringComparison.Ordinal) || r.Contains("Secretary", StringComparison.Ordinal)));
        }

        if (heading.Contains("Summit", StringComparison.OrdinalIgnoreCase) || heading.Contains("Courtesy", StringComparison.OrdinalIgnoreCase))
        {
            return m.Participants.Count == 2 && m.Participants.Any(p => p.Role is "Prime Minister" or "President" or "Chancellor" or "Premier");
        }

        return false;
    }

    private List<string> TopicsOfHeading(string heading)
    {
        var tokens = Tokenizer.Tokenize(heading);
        var topics = Kb.TopicAliases.FindAll(tokens).Select(m => m.Value.Id).Distinct().ToList();
        if (topics.Count == 0)
        {
            topics = Kb.TopicHeadingAliases.FindAll(tokens).Select(m => m.Value.Id).Distinct().ToList();
        }

        return topics;
    }

    private List<string> TopicsOfText(int start, int end)
    {
        var tokens = Tokenizer.Tokenize(_text, start, end);

        // "Security" inside "UN Security Council", "Economic" inside "Asia-Pacific Economic Cooperation": a name, not a topic.
        var topics = Kb.TopicAliases.FindAll(tokens)
            .Where(m => !InsideEntityName(m.Start, m.End))
            .Where(m => !IsPartOfProperName(tokens, m))
            .Select(m => m.Value.Id).Distinct().ToList();
        if (!topics.Contains(BilateralRelations) && NamesPairRelations(tokens))
        {
            topics.Insert(0, BilateralRelations);
        }

        return topics;
    }

    private const string BilateralRelations = "bilateral-relations";

    /// <summary>"Japan-India relations", "Russia-Japan ties", "Japan-Republic of Korea relationship": any pair of countries with Japan.</summary>
    private bool NamesPairRelations(List<Token> tokens)
    {
        for (var k = 2; k < tokens.Count; k++)
        {
            if (tokens[k].Value is not ("relations" or "relationship" or "ties") || Kb.TopicAliases.FindAll([tokens[k]]).Count > 0)
            {
                continue;
            }

            // Walk back over the country pair: "Japan - India", "Japan - Republic of Korea".
            var words = new List<string>();
            for (var j = k - 1; j >= Math.Max(0, k - 7) && (tokens[j].IsWord || tokens[j].Value == "-"); j--)
            {
                words.Insert(0, tokens[j].Value);
            }

            var dash = words.IndexOf("-");
            if (dash <= 0 || dash == words.Count - 1)
            {
                continue;
            }

            var left = string.Join(' ', words.Take(dash));
            var right = string.Join(' ', words.Skip(dash + 1));
            if ((IsJapan(left) && IsCountry(right)) || (IsCountry(left) && IsJapan(right)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJapan(string words) => words.EndsWith("Japan", StringComparison.Ordinal);

    private bool IsCountry(string words)
    {
        // The country may be preceded by other words the walk took in ("and Japan-India"): try each tail.
        var parts = words.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            if (Kb.CountryCodes.ContainsKey(string.Join(' ', parts[i..])))
            {
                return true;
            }
        }

        return false;
    }

    private bool InsideEntityName(int start, int end)
    {
        // _entitySpans is sorted by start and spans do not overlap: the last span starting at or before start is the only candidate.
        int lo = 0, hi = _entitySpans.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_entitySpans[mid].Start <= start)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return false;
        }

        var e = _entitySpans[found];
        return end <= e.End && (start > e.Start || end < e.End);
    }

    /// <summary>"National Security Secretariat": a capitalised alias running on into more capitalised words is part of a name.</summary>
    private static bool IsPartOfProperName(List<Token> tokens, PhraseMatch<TopicEntry> m)
    {
        var allCapitalized = Enumerable.Range(m.FirstToken, m.LastToken - m.FirstToken + 1).All(k => !tokens[k].IsWord || tokens[k].IsCapitalized);
        return allCapitalized && m.LastToken + 1 < tokens.Count && tokens[m.LastToken + 1].IsWord && tokens[m.LastToken + 1].IsCapitalized;
    }

    private List<MentionHit> FindMentions(int from)
    {
        // Mentions are looked for in the first megabytes only: a real record is a few kilobytes long.
        var tokens = Tokenizer.Tokenize(_text, from, Math.Min(_text.Length, from + MaxMentionChars));
        return _x.Mentions.FindAll(_text, tokens);
    }
}
