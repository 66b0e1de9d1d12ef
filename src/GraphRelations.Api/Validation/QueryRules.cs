using FluentValidation;
using GraphRelations.Api.Queries;
using GraphRelations.Extraction.Model;

namespace GraphRelations.Api.Validation;

/// <summary>Rules shared by the query validators, so every endpoint words the same mistake the same way.</summary>
internal static class QueryRules
{
    public static IRuleBuilderOptions<T, string?> IsOptionalDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || QueryValues.IsDate(value.Trim()))
            .WithMessage("'{PropertyName}' must be a date in the form yyyy-MM-dd.");

    public static IRuleBuilderOptions<T, string?> IsOptionalMeetingKind<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || MeetingKinds.All.Contains(value.Trim()))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", MeetingKinds.All)}.");

    /// <summary>True when both dates are given, valid, and in the wrong order.</summary>
    public static bool AreReversed(string? from, string? to) =>
        QueryValues.TryParseDate(QueryValues.Blank(from), out var start)
        && QueryValues.TryParseDate(QueryValues.Blank(to), out var end)
        && start > end;
}
