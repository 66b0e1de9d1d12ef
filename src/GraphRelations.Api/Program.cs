using GraphRelations.Api.Extensions;

// Settings ship beside the assembly, so `dotnet GraphRelations.Api.dll` from any folder reads them; relative data and
// seed paths still mean the working folder (as typed).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddApplicationServices();

var app = builder.Build();
app.UseApplication();
return await app.RunOrExplainAsync();
