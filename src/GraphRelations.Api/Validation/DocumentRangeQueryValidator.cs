using FluentValidation;
using GraphRelations.Api.Queries;

namespace GraphRelations.Api.Validation;

public sealed class DocumentRangeQueryValidator : AbstractValidator<DocumentRangeQuery>
{
    public DocumentRangeQueryValidator()
    {
        RuleFor(q => q.Start)
            .Must(value => string.IsNullOrWhiteSpace(value) || QueryValues.TryParseInt(value.Trim(), out _))
            .WithMessage("'start' must be a whole number of at least 0.")
            .OverridePropertyName("start");
        RuleFor(q => q.End)
            .Must(value => string.IsNullOrWhiteSpace(value) || QueryValues.TryParseInt(value.Trim(), out _))
            .WithMessage("'end' must be a whole number of at least 0.")
            .OverridePropertyName("end");
        RuleFor(q => q.End)
            .Must((q, end) => !(QueryValues.TryParseInt(q.Start, out var s) && QueryValues.TryParseInt(end, out var e) && e < s))
            .WithMessage("'end' must not be before 'start'.")
            .OverridePropertyName("end");
    }
}
