using FluentValidation;
using GraphRelations.Api.Queries;

namespace GraphRelations.Api.Validation;

public sealed class TimelineQueryValidator : AbstractValidator<TimelineQuery>
{
    public TimelineQueryValidator() => Include(new MeetingScopeValidator());
}
