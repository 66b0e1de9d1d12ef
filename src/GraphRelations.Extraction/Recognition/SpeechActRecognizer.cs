using GraphRelations.Extraction.Knowledge;
using GraphRelations.Extraction.Model;
using GraphRelations.Extraction.Text;

namespace GraphRelations.Extraction.Recognition;

/// <summary>Who acts in a sentence, as the genre writes it.</summary>
internal enum SubjectKind
{
    Person,
    Both,
    Side,
    Pronoun,
}

/// <summary>A sentence recognised as a statement: its subject, the verb as written and the statement kind.</summary>
internal sealed record SpeechAct(SubjectKind Subject, IReadOnlyList<string> Speakers, string Verb, string Kind);

/// <summary>The participants a statement can be attributed to, with the surnames the text uses for them.</summary>
internal sealed record Principal(string PersonId, string Country, IReadOnlySet<string> Names, string? Role = null);

/// <summary>
/// Finds the subject + reporting-verb clause that makes a sentence a statement: a participant ("Prime Minister
/// Noda stated"), a side ("the Russian side expressed"), both ("the two leaders agreed"), or a pronoun resolved to
/// the previous subject. Impersonal and passive sentences have no such clause and are not statements.
/// </summary>
internal sealed class SpeechActRecognizer
{
    private readonly PhraseMatcher<string> _verbs = new(caseSensitive: false);
    private readonly PhraseMatcher<bool> _both = new(caseSensitive: false);
    private readonly PhraseMatcher<string> _sides = new(caseSensitive: true);
    private readonly PhraseMatcher<bool> _adverbs = new(caseSensitive: false);
    private readonly PhraseMatcher<string> _nationalities = new(caseSensitive: true);
    private readonly HashSet<string> _ackObjects;
    private readonly HashSet<string> _requestObjects;

    private static readonly HashSet<string> ObjectBearingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "expressed", "offered", "conveyed", "extended", "reconfirmed", "reiterated", "renewed", "went on to express", "made", "voiced", "expresses",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Prime", "Minister", "President", "Foreign", "Chairman", "Chancellor", "Mr", "Ms", "Mrs", "Dr", ".", "H", "E", "Deputy", "Premier", "for", "of", "Affairs",
    };

    public SpeechActRecognizer(KnowledgeBase kb)
    {
        foreach (var (kind, verbs) in kb.Speech.Verbs)
        {
            foreach (var v in verbs)
            {
                _verbs.Add(v, kind);
            }
        }

        foreach (var s in kb.Speech.BothSubjects)
        {
            _both.Add(s, true);
        }

        foreach (var (code, phrases) in kb.Speech.SideSubjects)
        {
            foreach (var p in phrases)
            {
                // "the Russian side" also gives the adjective of "the Russian President".
                if (p.StartsWith("the ", StringComparison.Ordinal) && p.EndsWith(" side", StringComparison.Ordinal))
                {
                    _nationalities.Add(p[4..^5], code);
                }

                _sides.Add(p, code);
                if (p.StartsWith("the ", StringComparison.Ordinal))
                {
                    _sides.Add("The " + p[4..], code);
                }
            }
        }

        foreach (var a in kb.Speech.SubjectAdverbs)
        {
            _adverbs.Add(a, true);
        }

        _ackObjects = new HashSet<string>(kb.Speech.AcknowledgementObjects, StringComparer.OrdinalIgnoreCase);
        _requestObjects = new HashSet<string>(kb.Speech.RequestObjects, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The statement a sentence makes, or null when no participant, side or pronoun subject is followed by a reporting verb.</summary>
    public SpeechAct? Recognize(IReadOnlyList<Token> tokens, IReadOnlyList<Principal> principals, IReadOnlyList<string> previousSpeakers)
    {
        var limit = Math.Min(tokens.Count, 400);
        for (var i = IntroductoryPhraseEnd(tokens, limit); i < limit; i++)
        {
            var t = tokens[i];
            if (t.Value is "that")
            {
                // Past a complementiser every subject belongs to reported speech, not to the act itself.
                return null;
            }

            var subject = MatchSubject(tokens, i, principals, previousSpeakers);
            if (subject is null)
            {
                continue;
            }

            var (kind, speakers, last) = subject.Value;
            var j = SkipAdverbs(tokens, last + 1);
            if ((j >= tokens.Count || _verbs.LongestAt(tokens, j) is null) && last + 1 < tokens.Count && tokens[last + 1].Value == ",")
            {
                // "Minister Lavrov, for his part, noted ...", "Mr. Lavrov, Minister of Foreign Affairs of Russia, stated ...".
                // "Prime Minister Koizumi, while expressing his indignation at the attacks that occurred ..., stated": the
                // parenthetical may be long and hold its own "that"; the verb right after one of its commas is the act's.
                for (var close = last + 2; close < tokens.Count && close < last + 48 && tokens[close].Value is not ("." or ";"); close++)
                {
                    if (tokens[close].Value == "," && SkipAdverbs(tokens, close + 1) is var after && after < tokens.Count && _verbs.LongestAt(tokens, after) is not null
                        && char.IsLower(tokens[after].Value[0]))
                    {
                        j = after;
                        break;
                    }
                }
            }

            if (j >= tokens.Count || _verbs.LongestAt(tokens, j) is not { } verb)
            {
                continue;
            }

            if (speakers.Count == 0)
            {
                return null;
            }

            var verbText = string.Join(' ', Enumerable.Range(verb.FirstToken, verb.LastToken - verb.FirstToken + 1).Select(k => tokens[k].Value)).Replace(" - ", "-", StringComparison.Ordinal);
            var actKind = kind == SubjectKind.Both ? StatementKinds.Agreement : KindOf(tokens, verb, principals);
            var allSpeakers = speakers.ToList();
            if (kind is SubjectKind.Person or SubjectKind.Pronoun && speakers.Count == 1 && IsJointVerb(verbText)
                && CounterpartAfter(tokens, verb.LastToken + 1, principals, speakers[0]) is { } with)
            {
                // "Minister Gemba held candid discussions with Minister Lavrov": discussing is done together, an act of both.
                return new SpeechAct(SubjectKind.Both, [speakers[0], with], verbText, StatementKinds.Agreement);
            }

            if (kind is SubjectKind.Person or SubjectKind.Side or SubjectKind.Pronoun && JointClauseAfter(tokens, verb.LastToken + 1))
            {
                // "President Putin expressed his appreciation, and the two leaders confirmed ...": the sentence ends in a joint act.
                return new SpeechAct(SubjectKind.Both, principals.Select(p => p.PersonId).ToList(), verbText, StatementKinds.Agreement);
            }

            if (kind is SubjectKind.Person or SubjectKind.Side)
            {
                AddCoordinatedSpeakers(tokens, verb.LastToken + 1, principals, allSpeakers);
            }

            return new SpeechAct(kind, allSpeakers, verbText, actKind);
        }

        return null;
    }

    // Words that open a fronted phrase ("Regarding the visit that was postponed, the leaders agreed ..."): the act's subject follows its comma.
    private static readonly HashSet<string> IntroductoryWords = new(StringComparer.Ordinal)
    {
        "Regarding", "Concerning", "Following", "Based", "Referring", "Touching", "Given", "Despite", "Although", "While", "Whereas", "Upon",
        "After", "Before", "With", "As", "In", "On", "At", "Under", "Against", "Through", "Amid", "Considering", "Recalling", "Noting", "Taking", "Having",
    };

    /// <summary>
    /// The token after the comma that closes a fronted phrase, or 0. Inside that phrase neither a "that" nor a name
    /// starts the act: its subject comes after the comma. Without such a comma the sentence is read from the start.
    /// </summary>
    private int IntroductoryPhraseEnd(IReadOnlyList<Token> tokens, int limit)
    {
        if (tokens.Count == 0 || !IntroductoryWords.Contains(tokens[0].Value))
        {
            return 0;
        }

        for (var k = 1; k < Math.Min(limit, 80); k++)
        {
            if (tokens[k].Value != ",")
            {
                continue;
            }

            // The comma that closes the phrase is the one a subject and its verb follow.
            var next = k + 1;
            while (next < tokens.Count && next < k + 4 && _both.LongestAt(tokens, next) is null && _adverbs.LongestAt(tokens, next) is { } adv)
            {
                next = adv.LastToken + 1;
            }

            if (next < tokens.Count && (_both.LongestAt(tokens, next) is not null || _sides.LongestAt(tokens, next) is not null
                || tokens[next].Value is "the" or "The" or "he" or "she" or "they" || (tokens[next].IsWord && tokens[next].IsCapitalized)))
            {
                return next;
            }
        }

        return 0;
    }

    private (SubjectKind Kind, IReadOnlyList<string> Speakers, int Last)? MatchSubject(IReadOnlyList<Token> tokens, int i, IReadOnlyList<Principal> principals, IReadOnlyList<string> previous)
    {
        var t = tokens[i];
        var atClauseStart = i == 0 || tokens[i - 1].Value is "," or ";" or ":" || (i > 0 && tokens[i - 1].Value is "and" or "then");
        if (t.Value is "He" or "She" or "They" || (atClauseStart && t.Value is "he" or "she" or "they"))
        {
            if (!atClauseStart && i != 0)
            {
                return null;
            }

            if (t.Value.Equals("they", StringComparison.OrdinalIgnoreCase))
            {
                return (SubjectKind.Both, principals.Select(p => p.PersonId).ToList(), i);
            }

            var single = previous.Count == 1 ? previous : principals.Take(1).Select(p => p.PersonId).ToList();
            return (SubjectKind.Pronoun, single, i);
        }

        if (_both.LongestAt(tokens, i) is { } both && (i == 0 || !char.IsLetter(tokens[i - 1].Value[0]) || tokens[i - 1].Value is "and" or "then" || !tokens[i - 1].IsCapitalized))
        {
            return (SubjectKind.Both, principals.Select(p => p.PersonId).ToList(), both.LastToken);
        }

        if (_sides.LongestAt(tokens, i) is { } side)
        {
            // "Japan and Russia agreed": both sides together.
            if (side.LastToken + 2 < tokens.Count && tokens[side.LastToken + 1].Value == "and" && _sides.LongestAt(tokens, side.LastToken + 2) is { } otherSide && otherSide.Value != side.Value)
            {
                return (SubjectKind.Both, principals.Select(p => p.PersonId).ToList(), otherSide.LastToken);
            }

            var ids = principals.Where(p => p.Country == side.Value).Select(p => p.PersonId).ToList();
            if (ids.Count > 0 && !(side.LastToken + 1 < tokens.Count && tokens[side.LastToken + 1].Value is "-" or "'"))
            {
                return (SubjectKind.Side, ids, side.LastToken);
            }
        }

        if (RoleReference(tokens, i, principals) is { } byRole)
        {
            return (SubjectKind.Person, [byRole.Principal.PersonId], byRole.Last);
        }

        var first = PrincipalAt(tokens, i, principals, out var last);
        if (first is null)
        {
            return null;
        }

        // "Prime Minister Koizumi and Chancellor Schroeder shared the view": both principals act together.
        if (last + 1 < tokens.Count && tokens[last + 1].Value == "and")
        {
            var k = last + 2;
            while (k < tokens.Count && k < last + 8 && Titles.Contains(tokens[k].Value))
            {
                k++;
            }

            if (k < tokens.Count && PrincipalAt(tokens, k, principals, out var last2) is { } second && second.PersonId != first.PersonId)
            {
                var ids = new List<string> { first.PersonId, second.PersonId };
                return (ids.Count >= principals.Count ? SubjectKind.Both : SubjectKind.Person, ids, last2);
            }
        }

        return (SubjectKind.Person, [first.PersonId], last);
    }

    private static readonly (string[] Words, string[] Roles)[] RoleTitles =
    [
        (["Prime", "Minister"], ["Prime Minister"]),
        (["President"], ["President"]),
        (["Chancellor"], ["Chancellor"]),
        (["Foreign", "Minister"], ["Minister for Foreign Affairs", "Minister of Foreign Affairs"]),
        (["Minister", "for", "Foreign", "Affairs"], ["Minister for Foreign Affairs"]),
        (["Minister", "of", "Foreign", "Affairs"], ["Minister of Foreign Affairs"]),
        (["Foreign", "Secretary"], ["Foreign Secretary", "Secretary of State for Foreign Affairs"]),
        (["Secretary"], ["Secretary of State", "Foreign Secretary"]),
        (["Premier"], ["Premier"]),
        (["Minister"], ["Minister for Foreign Affairs", "Minister of Foreign Affairs", "Foreign Minister", "Minister"]),
    ];

    /// <summary>
    /// "The Prime Minister stated ...", "the Russian President noted ...": a bare title, with or without the holder's
    /// nationality, names the one participant holding it. "The Minister" alone, in a record between two ministers, is the
    /// record's own (Japanese) minister: the genre names the counterpart by name or nationality.
    /// </summary>
    private (Principal Principal, int Last)? RoleReference(IReadOnlyList<Token> tokens, int i, IReadOnlyList<Principal> principals)
    {
        if (tokens[i].Value is not ("The" or "the") || i + 1 >= tokens.Count)
        {
            return null;
        }

        var at = i + 1;
        string? country = null;
        if (_nationalities.LongestAt(tokens, at) is { } nationality)
        {
            country = nationality.Value;
            at = nationality.LastToken + 1;
        }

        var candidates = country is null ? principals : principals.Where(p => p.Country == country).ToList();
        foreach (var (words, roles) in RoleTitles)
        {
            if (at + words.Length > tokens.Count || !words.Select((w, k) => tokens[at + k].Value == w).All(x => x))
            {
                continue;
            }

            var last = at + words.Length - 1;
            if (last + 1 < tokens.Count && (tokens[last + 1].IsCapitalized || tokens[last + 1].Value is "of" or "'"))
            {
                // "the Prime Minister of Japan ..." is handled as a name; "the President Putin" is a name too.
                return null;
            }

            var holders = candidates.Where(p => p.Role is not null && roles.Contains(p.Role)).ToList();
            if (holders.Count == 1)
            {
                return (holders[0], last);
            }

            if (words is ["Minister"] && country is null && holders.Count > 1 && holders.Count(h => h.Country == "JP") == 1)
            {
                return (holders.Single(h => h.Country == "JP"), last);
            }

            return null;
        }

        return null;
    }

    private static Principal? PrincipalAt(IReadOnlyList<Token> tokens, int i, IReadOnlyList<Principal> principals, out int last)
    {
        last = i;
        var t = tokens[i];
        if (!t.IsWord || !t.IsCapitalized)
        {
            return null;
        }

        foreach (var p in principals)
        {
            if (!p.Names.Contains(t.Value))
            {
                continue;
            }

            // Skip the rest of the name ("Yoshiro Mori", "KISHIDA Fumio", "Putin, Vladimir Vladimirovich").
            var k = i + 1;
            while (k < tokens.Count && tokens[k].IsWord && p.Names.Contains(tokens[k].Value))
            {
                k++;
            }

            if (k < tokens.Count && tokens[k].Value == "'")
            {
                return null;
            }

            last = k - 1;
            return p;
        }

        return null;
    }

    private int SkipAdverbs(IReadOnlyList<Token> tokens, int j)
    {
        for (var guard = 0; guard < 4 && j < tokens.Count; guard++)
        {
            if (tokens[j].Value == ",")
            {
                j++;
                continue;
            }

            if (_adverbs.LongestAt(tokens, j) is { } adv)
            {
                j = adv.LastToken + 1;
                continue;
            }

            // "-ly" adverbs the list does not know ("vigorously", "swiftly").
            if (tokens[j].Value.EndsWith("ly", StringComparison.Ordinal) && tokens[j].Value.Length > 4 && char.IsLower(tokens[j].Value[0]))
            {
                j++;
                continue;
            }

            break;
        }

        return j;
    }

    private string KindOf(IReadOnlyList<Token> tokens, PhraseMatch<string> verb, IReadOnlyList<Principal> principals)
    {
        var kinds = new List<string> { VerbKind(tokens, verb) };

        // Coordinated verbs of the same subject: "stated ... and welcomed", "expressed his view ..., and invited". Inside a
        // reported clause ("stated that he attended ... and appreciated ...") a bare "and" joins the reported verbs instead.
        var reported = false;
        for (var k = verb.LastToken + 1; k < Math.Min(tokens.Count, 400); k++)
        {
            // "stated that he attended ... and appreciated": with the speaker as its own subject the clause goes on with its own verbs.
            reported |= tokens[k].Value == "that" && k + 1 < tokens.Count && tokens[k + 1].Value is "he" or "she" or "they";
            if (tokens[k].Value != "and" && tokens[k].Value != "while")
            {
                continue;
            }

            if (reported && tokens[k - 1].Value != ",")
            {
                continue;
            }

            var j = SkipAdverbs(tokens, k + 1);
            if (j < tokens.Count && _verbs.LongestAt(tokens, j) is { } next && char.IsLower(tokens[j].Value[0]))
            {
                kinds.Add(VerbKind(tokens, next));
            }
        }

        if (kinds.Contains(StatementKinds.Request))
        {
            return StatementKinds.Request;
        }

        return kinds.Contains(StatementKinds.Acknowledgement) ? StatementKinds.Acknowledgement : StatementKinds.Position;
    }

    private string VerbKind(IReadOnlyList<Token> tokens, PhraseMatch<string> verb)
    {
        var verbText = string.Join(' ', Enumerable.Range(verb.FirstToken, verb.LastToken - verb.FirstToken + 1).Select(k => tokens[k].Value));
        if (ObjectBearingVerbs.Contains(verbText))
        {
            for (var k = verb.LastToken + 1; k < Math.Min(tokens.Count, verb.LastToken + 8); k++)
            {
                var w = tokens[k].Value;
                if (_ackObjects.Contains(w))
                {
                    return StatementKinds.Acknowledgement;
                }

                if (_requestObjects.Contains(w))
                {
                    return StatementKinds.Request;
                }
            }
        }

        return verb.Value switch
        {
            "request" => StatementKinds.Request,
            "acknowledgement" => StatementKinds.Acknowledgement,
            _ => StatementKinds.Position,
        };
    }

    private static readonly string[] JointVerbStarts = ["discussed", "exchanged", "held", "had", "were able to", "was able to", "conducted", "coordinated", "closely coordinated"];

    private static bool IsJointVerb(string verb) => JointVerbStarts.Any(v => verb.StartsWith(v, StringComparison.OrdinalIgnoreCase));

    /// <summary>"... with Minister Lavrov" right after the verb: the other participant the act was done with.</summary>
    private static string? CounterpartAfter(IReadOnlyList<Token> tokens, int from, IReadOnlyList<Principal> principals, string speaker)
    {
        for (var k = from; k < Math.Min(tokens.Count, from + 10); k++)
        {
            if (tokens[k].Value is "that" or "," or ";" or ".")
            {
                return null;
            }

            if (tokens[k].Value != "with")
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(tokens.Count, k + 8); j++)
            {
                if (PrincipalAt(tokens, j, principals, out _) is { } p && p.PersonId != speaker)
                {
                    return p.PersonId;
                }

                if (!Titles.Contains(tokens[j].Value) && !tokens[j].IsCapitalized)
                {
                    break;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>", and the two leaders confirmed ...": a joint subject with its own verb, coordinated before any reported clause.</summary>
    private bool JointClauseAfter(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k + 1 < Math.Min(tokens.Count, 400); k++)
        {
            if (tokens[k].Value is "that" or "whether" or "if")
            {
                return false;
            }

            if (tokens[k].Value != "and" || tokens[k - 1].Value != ",")
            {
                continue;
            }

            var j = SkipAdverbs(tokens, k + 1);
            if (j < tokens.Count && _both.LongestAt(tokens, j) is { } both && SkipAdverbs(tokens, both.LastToken + 1) is var v && v < tokens.Count && _verbs.LongestAt(tokens, v) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private void AddCoordinatedSpeakers(IReadOnlyList<Token> tokens, int from, IReadOnlyList<Principal> principals, List<string> speakers)
    {
        // "Minister Motegi discussed ..., and Minister Lavrov indicated ...": a second principal acting in the same sentence;
        // "the Russian side decided that ... and the Japanese side decided that ...": a second side, even past a reported clause.
        var reported = false;
        for (var k = from; k < Math.Min(tokens.Count, 400); k++)
        {
            if (tokens[k].Value is "that" or "whether")
            {
                reported = true;
                continue;
            }

            if (tokens[k].Value != "and" || k == 0)
            {
                continue;
            }

            if (_sides.LongestAt(tokens, k + 1) is { } side && SkipAdverbs(tokens, side.LastToken + 1) is var sv && sv < tokens.Count
                && _verbs.LongestAt(tokens, sv) is not null && char.IsLower(tokens[sv].Value[0]))
            {
                foreach (var id in principals.Where(p => p.Country == side.Value).Select(p => p.PersonId))
                {
                    if (!speakers.Contains(id))
                    {
                        speakers.Add(id);
                    }
                }

                continue;
            }

            if (reported || tokens[k - 1].Value != ",")
            {
                continue;
            }

            var j = k + 1;
            while (j < tokens.Count && j < k + 8 && Titles.Contains(tokens[j].Value))
            {
                j++;
            }

            if (j < tokens.Count && PrincipalAt(tokens, j, principals, out var last) is { } p && !speakers.Contains(p.PersonId))
            {
                var v = SkipAdverbs(tokens, last + 1);
                if (v < tokens.Count && _verbs.LongestAt(tokens, v) is not null)
                {
                    speakers.Add(p.PersonId);
                }
            }
        }
    }
}
