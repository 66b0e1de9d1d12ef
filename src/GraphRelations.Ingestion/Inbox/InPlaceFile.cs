namespace GraphRelations.Ingestion.Inbox;

/// <summary>Ingests a file without moving it or writing beside it (read-only corpora, single files).</summary>
public static class InPlaceFile
{
    public static async Task<FileOutcome> IngestAsync(DocumentIngestor ingestor, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ingestor);
        var name = Path.GetFileName(path);
        IngestionResult result;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
            result = await ingestor.IngestAsync(stream, name, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            result = IngestionResult.Rejected(RejectionReasons.Vanished, "the file disappeared before it could be read");
        }

        return new FileOutcome(name, result.IsQuarantined ? FileStatus.Quarantined : FileStatus.Processed, result);
    }
}
