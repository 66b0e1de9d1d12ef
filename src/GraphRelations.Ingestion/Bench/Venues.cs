namespace GraphRelations.Ingestion.Bench;

/// <summary>A gathering meetings are held on the margins of, the years it ran and where it met (places the gazetteer knows).</summary>
internal sealed record Occasion(string Name, bool Leaders, int FromYear, int ToYear, IReadOnlyList<string> Cities);

/// <summary>Where meetings take place: the capitals most of all, regional cities, and international gatherings.</summary>
internal static class Venues
{
    /// <summary>Cities for a bilateral visit, repeated to weight them (the two capitals dominate).</summary>
    public static readonly IReadOnlyList<string> BilateralCities =
    [
        "Tokyo", "Tokyo", "Tokyo", "Tokyo", "Moscow", "Moscow", "Moscow", "Moscow",
        "St. Petersburg", "Vladivostok", "Sochi", "Osaka", "Kyoto", "Khabarovsk", "Yuzhno-Sakhalinsk", "Irkutsk", "Kazan",
    ];

    public static readonly IReadOnlyList<Occasion> Occasions =
    [
        new("APEC Economic Leaders' Meeting", true, 1993, 2026, ["Honolulu", "Lima", "Da Nang", "Vladivostok", "Yokohama", "Santiago", "Bangkok", "Beijing", "Manila", "Sydney", "Port Moresby", "Bali"]),
        new("G20 Summit", true, 2008, 2026, ["Osaka", "Hamburg", "Buenos Aires", "Hangzhou", "Antalya", "Los Cabos", "Pittsburgh", "Toronto", "St. Petersburg", "Bali"]),
        new("G8 Summit", true, 1998, 2013, ["Evian", "Sea Island", "Gleneagles", "St. Petersburg", "Heiligendamm", "Toyako", "L'Aquila", "Deauville", "Lough Erne", "Genoa"]),
        new("Eastern Economic Forum", true, 2015, 2021, ["Vladivostok"]),
        new("East Asia Summit", true, 2011, 2026, ["Bandar Seri Begawan", "Phnom Penh", "Vientiane", "Kuala Lumpur", "Singapore", "Manila"]),
        new("United Nations General Assembly", false, 1991, 2026, ["New York"]),
        new("ASEAN Regional Forum", false, 1994, 2026, ["Bangkok", "Manila", "Phnom Penh", "Vientiane", "Kuala Lumpur", "Singapore", "Jakarta", "Hanoi"]),
        new("G20 Foreign Ministers' Meeting", false, 2017, 2026, ["Munich", "Buenos Aires", "Nagoya", "Bali", "New Delhi", "Rio de Janeiro"]),
        new("G8 Foreign Ministers' Meeting", false, 1998, 2013, ["Whistler", "Kananaskis", "Rome", "Paris", "London", "Berlin", "Ottawa"]),
    ];
}
