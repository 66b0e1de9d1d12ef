using System.Globalization;
using System.Text.Json;
using GraphRelations.Extraction;

namespace GraphRelations.Ingestion.Bench;

/// <summary>A person in office on a day: the full name and the surname the genre uses on second mention.</summary>
internal sealed record OfficeHolder(string Id, string Name)
{
    public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];
}

/// <summary>
/// Who held each office on a given day, read from the extractor's own gazetteer (people.json) so generated records name
/// exactly the people the extractor resolves for that date.
/// </summary>
internal sealed class OfficeHolders
{
    private const string PeopleResource = "GraphRelations.Knowledge.people.json";

    private readonly Dictionary<string, List<(DateOnly From, DateOnly? To, OfficeHolder Holder)>> _terms;

    private OfficeHolders(Dictionary<string, List<(DateOnly From, DateOnly? To, OfficeHolder Holder)>> terms) => _terms = terms;

    public static OfficeHolders Load()
    {
        using var stream = typeof(MeetingRecordExtractor).Assembly.GetManifestResourceStream(PeopleResource)
            ?? throw new InvalidOperationException($"The extractor assembly carries no {PeopleResource}.");
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var terms = new Dictionary<string, List<(DateOnly, DateOnly?, OfficeHolder)>>(StringComparer.Ordinal);
        foreach (var person in json.RootElement.EnumerateArray())
        {
            var holder = new OfficeHolder(person.GetProperty("id").GetString()!, person.GetProperty("name").GetString()!);
            foreach (var term in person.GetProperty("terms").EnumerateArray())
            {
                var office = term[0].GetString()!;
                var from = DateOnly.Parse(term[1].GetString()!, CultureInfo.InvariantCulture);
                DateOnly? to = term.GetArrayLength() > 2 && term[2].GetString() is { } t ? DateOnly.Parse(t, CultureInfo.InvariantCulture) : null;
                if (!terms.TryGetValue(office, out var list))
                {
                    terms[office] = list = [];
                }

                list.Add((from, to, holder));
            }
        }

        return new OfficeHolders(terms);
    }

    /// <summary>
    /// The holder on <paramref name="day"/>, or null. A handover day belongs to the successor alone (the term end is
    /// exclusive), so no day has two holders and no person holds two offices of one meeting.
    /// </summary>
    public OfficeHolder? On(string officeId, DateOnly day)
    {
        if (!_terms.TryGetValue(officeId, out var list))
        {
            return null;
        }

        foreach (var (from, to, holder) in list)
        {
            if (day >= from && (to is null || day < to.Value))
            {
                // The gazetteer's own reading is inclusive at both ends: on the day one office hands over to another
                // the extractor cannot tell which this person held, so that day is left out for them.
                return InOtherOffice(holder, officeId, day) ? null : holder;
            }
        }

        return null;
    }

    private bool InOtherOffice(OfficeHolder holder, string officeId, DateOnly day) =>
        _terms.Any(o => o.Key != officeId && o.Value.Any(t => t.Holder.Id == holder.Id && day >= t.From && (t.To is null || day <= t.To.Value)));
}
