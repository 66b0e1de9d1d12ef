using FluentValidation;
using GraphRelations.Api.Queries;

namespace GraphRelations.Api.Validation;

/// <summary>Rules shared by every paged list: the meeting list and a topic timeline.</summary>
public sealed class PageValidator : AbstractValidator<IPaged>
{
    public PageValidator()
    {
        RuleFor(q => q.Page)
            .Must(value => string.IsNullOrWhiteSpace(value) || (QueryValues.TryParseInt(value.Trim(), out var page) && page >= 1))
            .WithMessage("'page' must be a whole number of at least 1.")
            .OverridePropertyName("page");
        RuleFor(q => q.PageSize)
            .Must(value => string.IsNullOrWhiteSpace(value)
                || (QueryValues.TryParseInt(value.Trim(), out var size) && size is >= 1 and <= MeetingQuery.MaxPageSize))
            .WithMessage($"'pageSize' must be a whole number from 1 to {MeetingQuery.MaxPageSize}.")
            .OverridePropertyName("pageSize");
    }
}
