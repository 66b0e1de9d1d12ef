namespace GraphRelations.Graph.Reading;

/// <summary>
/// A sparse index over one ordered meeting list: its total, and every <see cref="Spacing"/>th row's sort key with
/// the rank of the first row carrying that key. A page then starts at the nearest anchor at or before its offset
/// and skips at most a few hundred rows, instead of walking every row before it.
/// </summary>
internal sealed class PageAnchors
{
    public const int Spacing = 256;

    private readonly List<(string Key, long Rank)> _anchors = [];

    /// <param name="keysInOrder">The sort key of every row in list order (equal keys adjacent).</param>
    public PageAnchors(IEnumerable<string> keysInOrder)
    {
        ArgumentNullException.ThrowIfNull(keysInOrder);
        string? previous = null;
        long firstOfKey = 0, rank = 0;
        foreach (var key in keysInOrder)
        {
            if (!string.Equals(key, previous, StringComparison.Ordinal))
            {
                firstOfKey = rank;
                previous = key;
            }

            if (rank % Spacing == 0 && (_anchors.Count == 0 || _anchors[^1].Rank != firstOfKey))
            {
                _anchors.Add((key, firstOfKey));
            }

            rank++;
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
