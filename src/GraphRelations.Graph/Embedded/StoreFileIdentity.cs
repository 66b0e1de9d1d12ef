using Mono.Unix;

namespace GraphRelations.Graph.Embedded;

/// <summary>
/// Which file a path names (device and inode). Open connections keep writing to a file that was deleted or replaced
/// under them, so the store compares the path's identity with the one it opened before and after each write.
/// </summary>
internal readonly record struct StoreFileIdentity(long Device, long Inode)
{
    /// <summary>Null when nothing is at the path (or on a system without inodes, where the check is skipped).</summary>
    public static StoreFileIdentity? Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new StoreFileIdentity(0, 0);
        }

        try
        {
            var file = new UnixFileInfo(path);
            return file.Exists ? new StoreFileIdentity(file.Device, file.Inode) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }
}
