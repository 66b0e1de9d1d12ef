using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphRelations.Api.Problems;

/// <summary>
/// Problem-details results the endpoints share. Each carries an <c>errors</c> map keyed by the request field it is
/// about (the same shape as a validation problem), so a client finds the culprit the same way for 400 and 404.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string field, string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not Found", field, detail);

    public static ProblemHttpResult Problem(int status, string title, string field, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });
}
