using GraphRelations.Graph.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static GraphRelations.Graph.Tests.SampleDocuments;

namespace GraphRelations.Graph.Tests;

/// <summary>The contract against the embedded SQLite store: a fresh file per test under a per-class temp folder.</summary>
public sealed class EmbeddedGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphrelations-store-").FullName;
    private readonly List<EmbeddedGraphStore> _stores = [];
    private string _path = string.Empty;

    protected override async Task<IGraphStore> EmptyStoreAsync()
    {
        _path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        var store = Open(_path);
        await store.InitializeAsync(Ct);
        return store;
    }

    protected override Task<IGraphStore> SecondClientAsync() => Task.FromResult<IGraphStore>(Open(_path));

    [Fact]
    public async Task Data_survives_closing_and_reopening_the_file()
    {
        var store = (EmbeddedGraphStore)await EmptyStoreAsync();
        foreach (var document in All())
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        var before = await store.CountAsync(Ct);
        var summitBefore = Json(await store.GetMeetingAsync(SummitId, Ct));
        store.Dispose();
        _stores.Remove(store);

        using var reopened = new EmbeddedGraphStore(
            Options.Create(new EmbeddedStoreOptions { EmbeddedPath = _path }), new TestKnowledge(), NullLogger<EmbeddedGraphStore>.Instance);

        AssertSameCounts(before, await reopened.CountAsync(Ct));
        Assert.Equal(summitBefore, Json(await reopened.GetMeetingAsync(SummitId, Ct)));
        Assert.Equal(WriteOutcome.Unchanged, await reopened.WriteDocumentAsync(SummitKantei(), Ct));
        Assert.True(File.Exists(_path));
    }

    [Fact]
    public async Task The_file_is_in_write_ahead_log_mode()
    {
        var store = (EmbeddedGraphStore)await EmptyStoreAsync();
        await store.WriteDocumentAsync(Phone(), Ct);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    private EmbeddedGraphStore Open(string path)
    {
        var store = new EmbeddedGraphStore(
            Options.Create(new EmbeddedStoreOptions { EmbeddedPath = path }), new TestKnowledge(), NullLogger<EmbeddedGraphStore>.Instance);
        _stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
