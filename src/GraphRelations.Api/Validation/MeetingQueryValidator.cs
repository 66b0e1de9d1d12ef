using FluentValidation;
using GraphRelations.Api.Queries;

namespace GraphRelations.Api.Validation;

public sealed class MeetingQueryValidator : AbstractValidator<MeetingQuery>
{
    public MeetingQueryValidator()
    {
        Include(new MeetingScopeValidator());
        Include(new PageValidator());
    }
}
