using FluentValidation;
using GraphRelations.Api.Queries;

namespace GraphRelations.Api.Validation;

/// <summary>Rules shared by every query that narrows meetings by date range and kind.</summary>
public sealed class MeetingScopeValidator : AbstractValidator<IMeetingScope>
{
    public MeetingScopeValidator()
    {
        RuleFor(q => q.From).IsOptionalDate().OverridePropertyName("from");
        RuleFor(q => q.To).IsOptionalDate().OverridePropertyName("to");
        RuleFor(q => q.From)
            .Must((q, _) => !QueryRules.AreReversed(q.From, q.To))
            .WithMessage("'from' must not be after 'to'.")
            .OverridePropertyName("from");
        RuleFor(q => q.Kind).IsOptionalMeetingKind().OverridePropertyName("kind");
    }
}
