using System.Globalization;

namespace GraphRelations.Api.Queries;

/// <summary>
/// Parses query-string values. Query parameters bind as strings so that a malformed value reaches the validator
/// and comes back as a problem naming the field, rather than failing in the binder with no body.
/// </summary>
public static class QueryValues
{
    public const string DateFormat = "yyyy-MM-dd";

    public static bool IsDate(string? value) => TryParseDate(value, out _);

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly? ParseDate(string? value) =>
        string.IsNullOrEmpty(value) ? null : DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture);

    public static bool TryParseInt(string? value, out int number) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    /// <summary>A whole number already validated, or null when the value is blank.</summary>
    public static int? ParseInt(string? value) =>
        Blank(value) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
