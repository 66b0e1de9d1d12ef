using System.Security.Cryptography;
using System.Text;

namespace GraphRelations.Ingestion.Tests;

/// <summary>A folder's tree as text: every entry's relative path, and each file's SHA-256, so any change to it shows.</summary>
internal static class FolderSnapshot
{
    public static string Of(string folder)
    {
        var text = new StringBuilder();
        foreach (var entry in Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(entry);
            var content = info.LinkTarget is { } target ? "-> " + target
                : Directory.Exists(entry) ? "folder"
                : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
            text.Append(Path.GetRelativePath(folder, entry)).Append(' ').AppendLine(content);
        }

        return text.ToString();
    }

    /// <summary>Copies a folder tree (the shared corpus, read only) into a writable scratch folder.</summary>
    public static void Copy(string source, string destination)
    {
        foreach (var folder in Directory.GetDirectories(source, "*", SearchOption.AllDirectories).Prepend(source))
        {
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, folder)));
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(destination, Path.GetRelativePath(source, file));
            File.Copy(file, copy);
            if (!OperatingSystem.IsWindows())
            {
                // The copy must be writable even when the source is not: the point is that ingest does not write to it.
                File.SetUnixFileMode(copy, File.GetUnixFileMode(copy) | UnixFileMode.UserWrite);
            }
        }
    }
}
