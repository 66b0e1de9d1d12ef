namespace GraphRelations.Ingestion.Inbox;

/// <summary>
/// Reads files where they are, without moving them or writing beside them (the <c>ingest</c> verb, the service's
/// start-up corpus): a folder its user cannot write works, and a file that cannot be read is reported, not fatal.
/// </summary>
public static class InPlaceFile
{
    // Hidden entries are skipped: an inbox's claim folders (.processing/) and a sender's half-written .name.part files
    // are not records yet. Directory symlinks are not followed, so a link back up the tree cannot loop.
    private static readonly EnumerationOptions Files = new() { AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false };
    private static readonly EnumerationOptions Folders = new() { AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint, IgnoreInaccessible = false };

    /// <summary>
    /// The <c>*.txt</c> files of <paramref name="fileOrFolder"/>, subfolders included, in ordinal path order; a single
    /// file is itself. A folder that cannot be listed goes to <paramref name="onUnlisted"/> and the walk goes on.
    /// </summary>
    public static IReadOnlyList<string> Find(string fileOrFolder, Action<string, Exception>? onUnlisted = null)
    {
        ArgumentNullException.ThrowIfNull(fileOrFolder);
        if (!Directory.Exists(fileOrFolder))
        {
            return File.Exists(fileOrFolder) ? [fileOrFolder] : [];
        }

        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(fileOrFolder);
        while (pending.TryPop(out var folder))
        {
            try
            {
                found.AddRange(Directory.EnumerateFiles(folder, "*.txt", Files));
                foreach (var child in Directory.EnumerateDirectories(folder, "*", Folders))
                {
                    pending.Push(child);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                onUnlisted?.Invoke(folder, ex);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>
    /// Reads <paramref name="path"/> and ingests it. Reading errors come back as a refusal (<c>vanished</c>,
    /// <c>unreadable</c>); only the store's failures throw, as they do from <see cref="DocumentIngestor"/>.
    /// </summary>
    public static async Task<FileOutcome> IngestAsync(DocumentIngestor ingestor, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ingestor);
        var name = Path.GetFileName(path);
        // The whole file is read before the pipeline runs, so a failing disk is never mistaken for a failing store.
        var (content, refusal) = await ReadAsync(path, ingestor.MaxBytes, cancellationToken);
        var result = refusal ?? await ingestor.IngestAsync(content, name, cancellationToken);
        return new FileOutcome(name, result.IsQuarantined ? FileStatus.Quarantined : FileStatus.Processed, result);
    }

    private static async Task<(byte[] Content, IngestionResult? Refusal)> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                // Refused unread: an oversized file is never buffered.
                return ([], IngestionResult.Rejected(RejectionReasons.TooLarge, $"{stream.Length} bytes is over the limit of {maxBytes} bytes"));
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            // One byte past the limit is enough for the pipeline to refuse a file that grew (or cannot say its length).
            while (buffer.Length <= maxBytes && (read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return ([], IngestionResult.Rejected(RejectionReasons.Vanished, "the file disappeared before it could be read"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], IngestionResult.Rejected(RejectionReasons.Unreadable, ex.Message));
        }
    }
}
