namespace GraphRelations.Graph.Neo4j;

/// <summary>
/// Where every page of one filtered meeting list lies, from how many of its meetings fall on each day (read once per
/// store version by <c>read-meetings-dates</c>) and how many are undated (they come last). A page then reads only its
/// own rows: its dated part by the range of days it spans (an index seek on <c>Meeting.date</c>) skipping only the
/// rows of its first day before it, and its undated part by id. No page counts or skips the rows before it.
/// </summary>
internal sealed class MeetingListIndex
{
    private readonly string[] _days;
    private readonly long[] _starts;

    /// <param name="days">Each day that has meetings ("yyyy-MM-dd", ascending) with how many it has.</param>
    /// <param name="undated">How many meetings of the list have no date (0 when the list has a date bound).</param>
    public MeetingListIndex(IEnumerable<(string Day, long Meetings)> days, long undated)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfNegative(undated);
        var dayList = new List<string>();
        var starts = new List<long>();
        long rank = 0;
        foreach (var (day, meetings) in days)
        {
            if (meetings <= 0)
            {
                continue;
            }

            if (dayList.Count > 0 && string.CompareOrdinal(dayList[^1], day) >= 0)
            {
                throw new ArgumentException($"Days must ascend: {day} follows {dayList[^1]}.", nameof(days));
            }

            dayList.Add(day);
            starts.Add(rank);
            rank += meetings;
        }

        _days = [.. dayList];
        _starts = [.. starts];
        Dated = rank;
        Undated = undated;
    }

    public long Dated { get; }

    public long Undated { get; }

    public long Total => Dated + Undated;

    /// <summary>Which rows the page of <paramref name="size"/> meetings starting at <paramref name="offset"/> reads.</summary>
    public MeetingPagePlan Plan(long offset, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var end = Math.Min(offset + size, Total); // exclusive
        DatedSlice? dated = null;
        UndatedSlice? undated = null;
        if (offset < Dated)
        {
            var lastRow = Math.Min(end, Dated) - 1;
            var first = DayOf(offset);
            dated = new DatedSlice(_days[first], _days[DayOf(lastRow)], offset - _starts[first], (int)(lastRow - offset + 1));
        }

        if (end > Dated)
        {
            var from = Math.Max(offset, Dated);
            undated = new UndatedSlice(from - Dated, (int)(end - from));
        }

        return new MeetingPagePlan(dated, undated);
    }

    /// <summary>The index of the day holding the dated row at <paramref name="row"/>.</summary>
    private int DayOf(long row)
    {
        var found = Array.BinarySearch(_starts, row);
        return found >= 0 ? found : ~found - 1;
    }
}

/// <summary>The rows one page reads: a dated part, an undated part, both (the page where dates end), or neither (past the end).</summary>
internal sealed record MeetingPagePlan(DatedSlice? Dated, UndatedSlice? Undated);

/// <summary>Dated rows from day <paramref name="First"/> to <paramref name="Last"/> (both "yyyy-MM-dd"), after skipping <paramref name="Skip"/> of them.</summary>
internal sealed record DatedSlice(string First, string Last, long Skip, int Limit);

/// <summary>Undated rows in id order, after skipping <paramref name="Skip"/> of them.</summary>
internal sealed record UndatedSlice(long Skip, int Limit);
