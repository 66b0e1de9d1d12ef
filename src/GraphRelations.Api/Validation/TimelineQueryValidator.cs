using FluentValidation;
using GraphRelations.Api.Queries;

namespace GraphRelations.Api.Validation;

public sealed class TimelineQueryValidator : AbstractValidator<TimelineQuery>
{
    public TimelineQueryValidator()
    {
        Include(new MeetingScopeValidator());
        Include(new PageValidator());
        RuleFor(q => q.StatementsPerMeeting)
            .Must(value => string.IsNullOrWhiteSpace(value)
                || (QueryValues.TryParseInt(value.Trim(), out var cap) && cap is >= 1 and <= TimelineQuery.MaxStatementsPerMeeting))
            .WithMessage($"'statementsPerMeeting' must be a whole number from 1 to {TimelineQuery.MaxStatementsPerMeeting}.")
            .OverridePropertyName("statementsPerMeeting");
    }
}
