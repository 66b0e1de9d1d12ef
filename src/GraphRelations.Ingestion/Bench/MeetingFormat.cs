namespace GraphRelations.Ingestion.Bench;

/// <summary>
/// One kind of record the archive holds: who meets (offices, Japanese side first), how (in person or by telephone) and
/// how common it is relative to the others.
/// </summary>
internal sealed record MeetingFormat(string Name, string Kind, bool Telephone, IReadOnlyList<string> Offices, double Weight)
{
    public const string JapanPrimeMinister = "jp-prime-minister";
    public const string JapanForeignMinister = "jp-foreign-minister";
    public const string RussiaPresident = "ru-president";
    public const string RussiaPrimeMinister = "ru-prime-minister";
    public const string RussiaForeignMinister = "ru-foreign-minister";

    /// <summary>
    /// The formats in a fixed order (the order is part of what a seed reproduces). Weights follow the archive: leaders'
    /// summits and foreign ministers' meetings dominate, telephone talks are frequent, courtesy calls are rare. The extractor resolves one counterpart per side, so every format is a pair; over
    /// 1991-2026 the pairs leave room for about 114,000 distinct meetings.
    /// </summary>
    public static readonly IReadOnlyList<MeetingFormat> All =
    [
        new("summit", "summit", false, [JapanPrimeMinister, RussiaPresident], 30),
        new("summit-premiers", "summit", false, [JapanPrimeMinister, RussiaPrimeMinister], 8),
        new("foreign-ministers", "foreign-ministers", false, [JapanForeignMinister, RussiaForeignMinister], 26),
        new("telephone-leaders", "telephone", true, [JapanPrimeMinister, RussiaPresident], 14),
        new("telephone-premiers", "telephone", true, [JapanPrimeMinister, RussiaPrimeMinister], 3),
        new("telephone-ministers", "telephone", true, [JapanForeignMinister, RussiaForeignMinister], 8),
        new("call-on-president", "other", false, [JapanForeignMinister, RussiaPresident], 4),
        new("call-on-premier", "other", false, [JapanForeignMinister, RussiaPrimeMinister], 2),
        new("call-on-prime-minister", "other", false, [JapanPrimeMinister, RussiaForeignMinister], 2),
    ];
}
