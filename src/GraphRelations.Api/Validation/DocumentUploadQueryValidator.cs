using FluentValidation;
using GraphRelations.Api.Queries;

namespace GraphRelations.Api.Validation;

public sealed class DocumentUploadQueryValidator : AbstractValidator<DocumentUploadQuery>
{
    public DocumentUploadQueryValidator()
    {
        RuleFor(q => q.Source)
            .Must(value => value is null || (value.Trim().Length is > 0 and <= DocumentUploadQuery.MaxSourceLength && !value.Any(char.IsControl)))
            .WithMessage($"'source' must be 1 to {DocumentUploadQuery.MaxSourceLength} printable characters.")
            .OverridePropertyName("source");
    }
}
