namespace GraphRelations.Api.Queries;

/// <summary>The page and page size of a paged list, as the query string gives them.</summary>
public interface IPaged
{
    string? Page { get; }

    string? PageSize { get; }
}
