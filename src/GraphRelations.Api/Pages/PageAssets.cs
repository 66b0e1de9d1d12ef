using System.Collections.Frozen;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphRelations.Api.Pages;

/// <summary>
/// Serves the pages' files from resources embedded in this assembly, so the service needs no content root,
/// no CDN and no file system at run time.
/// </summary>
internal static class PageAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    public static FileContentHttpResult Page(string name) =>
        Asset(name) ?? throw new InvalidOperationException($"The page '{name}' is not embedded in the assembly.");

    public static FileContentHttpResult? Asset(string name) =>
        Files.TryGetValue(name, out var bytes)
            ? TypedResults.File(bytes, ContentTypes[Path.GetExtension(name)])
            : null;

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(PageAssets).Assembly;
        const string prefix = "GraphRelations.Api.Pages.";
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..];
            if (!ContentTypes.ContainsKey(Path.GetExtension(name)))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = copy.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
