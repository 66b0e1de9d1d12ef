namespace GraphRelations.Ingestion.Bench;

/// <summary>
/// Chooses <c>N</c> distinct meetings for a seed. Every (day, format) with all its offices filled is a candidate whose
/// meeting identity (date, kind, participants) is unique by construction; candidates are drawn without replacement,
/// weighted by format and era (weighted reservoir keys), so the same seed always gives the same archive.
/// </summary>
internal static class MeetingPlanner
{
    public static readonly DateOnly First = new(1991, 1, 1);
    public static readonly DateOnly Last = new(2026, 12, 31);

    /// <summary>How many distinct meetings the period can hold.</summary>
    public static int Capacity(OfficeHolders holders) => Candidates(holders).Count();

    public static IReadOnlyList<MeetingSlot> Plan(OfficeHolders holders, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var keyed = new List<(double Key, MeetingSlot Slot)>();
        foreach (var slot in Candidates(holders))
        {
            // Efraimidis-Spirakis: key = u^(1/w); the largest keys are a weighted sample without replacement.
            var weight = slot.Format.Weight * EraWeight(slot.Date);
            keyed.Add((Math.Pow(random.NextDouble(), 1 / weight), slot));
        }

        if (count > keyed.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"the period {First:yyyy}-{Last:yyyy} holds at most {keyed.Count} distinct meetings");
        }

        return keyed
            .OrderByDescending(k => k.Key)
            .Take(count)
            .Select(k => k.Slot)
            .OrderBy(s => s.Date)
            .ThenBy(s => s.Format.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<MeetingSlot> Candidates(OfficeHolders holders)
    {
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            foreach (var format in MeetingFormat.All)
            {
                var people = new List<OfficeHolder>(format.Offices.Count);
                foreach (var office in format.Offices)
                {
                    if (holders.On(office, day) is { } holder)
                    {
                        people.Add(holder);
                    }
                }

                if (people.Count == format.Offices.Count && people.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == people.Count)
                {
                    yield return new MeetingSlot(day, format, people);
                }
            }
        }
    }

    /// <summary>Contacts were densest in the 2000s and 2010s and thinned out after 2022.</summary>
    private static double EraWeight(DateOnly day) => day.Year switch
    {
        < 1998 => 0.6,
        < 2022 => 1.0,
        _ => 0.3,
    };
}
