namespace GraphRelations.Graph.Reading;

/// <summary>
/// A sparse index over one ordered meeting list: its total, and the sort key of every <see cref="Spacing"/>th row with
/// the rank of the first row carrying that key. Built from the list's per-key counts, so building it reads one row
/// per distinct key (a day), not one per meeting. A page then starts at the nearest anchor at or before its offset
/// and skips at most a few hundred rows, instead of walking every row before it.
/// </summary>
internal sealed class PageAnchors
{
    public const int Spacing = 256;

    private readonly List<(string Key, long Rank)> _anchors = [];

    /// <param name="runs">Each distinct sort key of the list, in list order, with how many rows carry it.</param>
    public PageAnchors(IEnumerable<(string Key, long Rows)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        long rank = 0;
        foreach (var (key, rows) in runs)
        {
            // The run [rank, rank + rows) holds a multiple of the spacing: its key anchors the rows from its first.
            if (rows > 0 && (rank + rows - 1) / Spacing * Spacing >= rank)
            {
                _anchors.Add((key, rank));
            }

            rank += Math.Max(0, rows);
        }

        Total = rank;
    }

    public long Total { get; }

    /// <summary>The sort key to start from (null: the list's start) and how many rows to skip after it.</summary>
    public (string? FromKey, long Skip) Seek(long offset)
    {
        var low = 0;
        var high = _anchors.Count - 1;
        var found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_anchors[middle].Rank <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? (null, offset) : (_anchors[found].Key, offset - _anchors[found].Rank);
    }
}
