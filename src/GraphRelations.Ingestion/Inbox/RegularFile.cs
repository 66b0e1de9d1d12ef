using Mono.Unix;

namespace GraphRelations.Ingestion.Inbox;

/// <summary>
/// Decides from the directory entry itself (lstat, nothing is opened or followed) whether a path is a regular file.
/// Opening a named pipe blocks until someone writes to it, a device may never end, and a symbolic link can lead
/// anywhere (its relative target even changes meaning once the link is moved into a claim folder), so only regular
/// files are read.
/// </summary>
internal static class RegularFile
{
    /// <summary>
    /// Null for a regular file (or one that is gone, which the read then reports); otherwise what it is instead.
    /// <paramref name="followLinks"/>: judge what a link points to (reading a folder in place) rather than refuse the link (the inbox).
    /// </summary>
    public static string? WhyNot(string path, bool followLinks = false)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint) ? "a link or reparse point, which is not followed" : null;
        }

        UnixFileSystemInfo entry;
        try
        {
            entry = followLinks ? new UnixFileInfo(path) : UnixFileSystemInfo.GetFileSystemEntry(path);
            if (!entry.Exists)
            {
                return null;
            }

            _ = entry.FileType;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            return null;
        }

        return entry.FileType switch
        {
            FileTypes.RegularFile => null,
            FileTypes.SymbolicLink => "a symbolic link; links are not followed, so nothing outside the inbox is read",
            FileTypes.Fifo => "a named pipe (FIFO); reading one can block for ever",
            FileTypes.CharacterDevice or FileTypes.BlockDevice => "a device file",
            FileTypes.Socket => "a socket",
            FileTypes.Directory => "a folder",
            _ => "not a regular file",
        };
    }
}
