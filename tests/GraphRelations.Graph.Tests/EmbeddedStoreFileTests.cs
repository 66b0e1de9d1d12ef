using GraphRelations.Graph.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static GraphRelations.Graph.Tests.SampleDocuments;

namespace GraphRelations.Graph.Tests;

/// <summary>The embedded store's file changing under it: removed, swapped for an empty file, or replaced by another store.</summary>
public sealed class EmbeddedStoreFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphrelations-store-file-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string StorePath => Path.Combine(_folder, "graph.db");

    [Fact]
    public async Task A_store_file_swapped_for_an_empty_one_is_restored_with_what_was_acknowledged()
    {
        using var store = Open(StorePath);
        await store.InitializeAsync(Ct);
        Assert.Equal(WriteOutcome.Inserted, await store.WriteDocumentAsync(SummitKantei(), Ct));

        // What `rm graph.db*` followed by any SQLite client opening the path leaves: an empty database.
        File.Delete(StorePath);
        File.Delete(StorePath + "-wal");
        File.Delete(StorePath + "-shm");
        await File.WriteAllBytesAsync(StorePath, [], Ct);

        Assert.Equal(WriteOutcome.Inserted, await store.WriteDocumentAsync(Phone(), Ct));
        Assert.NotNull(await store.GetDocumentAsync(SummitKantei().Graph.DocumentId, Ct));
        using var reopened = Open(StorePath);
        Assert.NotNull(await reopened.GetDocumentAsync(SummitKantei().Graph.DocumentId, Ct));
        Assert.NotNull(await reopened.GetDocumentAsync(Phone().Graph.DocumentId, Ct));
    }

    [Fact]
    public async Task A_store_file_replaced_by_another_store_is_adopted_and_the_old_contents_kept_beside_it()
    {
        var other = Path.Combine(_folder, "other.db");
        using (var second = Open(other))
        {
            await second.InitializeAsync(Ct);
            await second.WriteDocumentAsync(Ministers(), Ct);
        }

        using var store = Open(StorePath);
        await store.InitializeAsync(Ct);
        await store.WriteDocumentAsync(SummitKantei(), Ct);

        File.Move(other, StorePath, overwrite: true);
        await store.WriteDocumentAsync(Phone(), Ct);

        Assert.NotNull(await store.GetDocumentAsync(Ministers().Graph.DocumentId, Ct));
        Assert.NotNull(await store.GetDocumentAsync(Phone().Graph.DocumentId, Ct));
        var kept = Assert.Single(Directory.GetFiles(_folder, "graph.db.replaced-*.db"));
        using var old = Open(kept);
        Assert.NotNull(await old.GetDocumentAsync(SummitKantei().Graph.DocumentId, Ct));
    }

    [Fact]
    public async Task A_store_whose_folder_was_removed_recreates_it_and_reports_healthy_again()
    {
        var health = new StoreHealth(TimeProvider.System);
        var path = Path.Combine(_folder, "sub", "graph.db");
        using var store = Open(path, health);
        await store.InitializeAsync(Ct);
        await store.WriteDocumentAsync(SummitKantei(), Ct);

        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

        Assert.True(await store.PingAsync(Ct));
        Assert.True(File.Exists(path));
        Assert.Null(health.Current);
        Assert.Equal(WriteOutcome.Unchanged, await store.WriteDocumentAsync(SummitKantei(), Ct));
    }

    private static EmbeddedGraphStore Open(string path, StoreHealth? health = null) =>
        new(Options.Create(new EmbeddedStoreOptions { EmbeddedPath = path }), new TestKnowledge(), NullLogger<EmbeddedGraphStore>.Instance, health);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
