using System.Runtime.Versioning;
using System.Text.RegularExpressions;

namespace GraphRelations.Ingestion.Tests;

/// <summary>
/// The <c>ingest</c> verb as a user runs it on a folder of their own: it reads in place, moves and writes nothing beside
/// the files whatever the folder's permissions, and exits by itself.
/// </summary>
public sealed class IngestCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_of_a_writable_folder_reads_every_txt_in_place_moves_nothing_and_exits()
    {
        var root = IngestionHost.NewRoot();
        var archive = Path.Combine(root, "archive");
        Directory.CreateDirectory(Path.Combine(archive, "2013"));
        File.WriteAllText(Path.Combine(archive, "2013", "one.txt"), MeetingTexts.Summit(300));
        File.WriteAllText(Path.Combine(archive, "two.txt"), MeetingTexts.Summit(301));
        File.WriteAllText(Path.Combine(archive, "weather.txt"), MeetingTexts.OffGenre);
        File.WriteAllBytes(Path.Combine(archive, "blob.txt"), [1, 0, 2, 0, 3]);
        File.WriteAllText(Path.Combine(archive, "notes.md"), "not a .txt file, left alone");
        var before = FolderSnapshot.Of(archive);

        var (code, output) = await IngestProcess.RunAsync(root, Timeout, "ingest", archive, "--plain", "--GraphStore:EmbeddedPath=store/graph.db");

        Assert.True(code == 0, output);
        Assert.Equal(before, FolderSnapshot.Of(archive));
        Assert.Matches($@"(?m)^inserted\s+\S+\s+2013{Regex.Escape(Path.DirectorySeparatorChar.ToString())}one\.txt", output);
        Assert.Matches(@"(?m)^inserted\s+\S+\s+two\.txt", output);
        Assert.Matches(@"(?m)^rejected\s+\S+\s+weather\.txt off-genre", output);
        Assert.Matches(@"(?m)^rejected\s+-\s+blob\.txt binary", output);
        Assert.DoesNotContain("notes.md", output, StringComparison.Ordinal);
        Assert.Contains("Ingestion summary", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(root, "store", "graph.db")), "the store path is relative to the working folder");
        Assert.Equal(2, await DocumentsIn(root, "store/graph.db"));

        // A second run finds the same documents already there and still touches nothing.
        var (again, againOutput) = await IngestProcess.RunAsync(root, Timeout, "ingest", archive, "--plain", "--GraphStore:EmbeddedPath=store/graph.db");
        Assert.True(again == 0, againOutput);
        Assert.Matches(@"(?m)^unchanged\s+\S+\s+two\.txt", againOutput);
        Assert.DoesNotMatch(@"(?m)^inserted\s", againOutput);
        Assert.Equal(before, FolderSnapshot.Of(archive));
    }

    [Fact]
    public async Task Ingest_of_a_single_file_reads_it_and_writes_nothing_beside_it()
    {
        var root = IngestionHost.NewRoot();
        var folder = Path.Combine(root, "one");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "record.txt");
        File.WriteAllText(file, MeetingTexts.Summit(320));
        var before = FolderSnapshot.Of(folder);

        var (code, output) = await IngestProcess.RunAsync(root, Timeout, "ingest", file, "--plain", "--GraphStore:EmbeddedPath=graph.db");

        Assert.True(code == 0, output);
        Assert.Matches(@"(?m)^inserted\s+\S+\s+record\.txt", output);
        Assert.Equal(before, FolderSnapshot.Of(folder));
        Assert.Equal(1, await DocumentsIn(root, "graph.db"));
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    [SupportedOSPlatform("macos")]
    public async Task Ingest_of_a_folder_without_write_permission_works_the_same()
    {
        var root = IngestionHost.NewRoot();
        var corpus = Path.Combine(root, "archive");
        Directory.CreateDirectory(Path.Combine(corpus, "2013"));
        File.WriteAllText(Path.Combine(corpus, "2013", "one.txt"), MeetingTexts.Summit(400));
        File.WriteAllText(Path.Combine(corpus, "two.txt"), MeetingTexts.Summit(401));
        File.WriteAllText(Path.Combine(corpus, "weather.txt"), MeetingTexts.OffGenre);
        var before = FolderSnapshot.Of(corpus);
        File.SetUnixFileMode(Path.Combine(corpus, "2013"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        File.SetUnixFileMode(corpus, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var (code, output) = await IngestProcess.RunAsync(root, Timeout, "ingest", corpus, "--plain", "--GraphStore:EmbeddedPath=graph.db");

            Assert.True(code == 0, output);
            Assert.Equal(before, FolderSnapshot.Of(corpus));
            Assert.Matches(@"(?m)^inserted\s+\S+\s+\S*one\.txt", output);
            Assert.Matches(@"(?m)^inserted\s+\S+\s+two\.txt", output);
            Assert.Matches(@"(?m)^rejected\s+\S+\s+weather\.txt off-genre", output);
        }
        finally
        {
            File.SetUnixFileMode(corpus, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(Path.Combine(corpus, "2013"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task Ingest_of_the_shared_corpus_leaves_it_untouched()
    {
        var files = CorpusTests.CorpusFiles();
        var root = IngestionHost.NewRoot();
        // A writable copy: whether ingest moves files must not depend on the folder's permissions or the user's uid.
        var corpus = Path.Combine(root, "corpus");
        FolderSnapshot.Copy(TestPaths.Corpus, corpus);
        var before = FolderSnapshot.Of(corpus);

        var (code, output) = await IngestProcess.RunAsync(root, Timeout, "ingest", corpus, "--plain", "--GraphStore:EmbeddedPath=graph.db");

        Assert.True(code == 0, output);
        Assert.Equal(before, FolderSnapshot.Of(corpus));
        Assert.DoesNotMatch(@"(?m)^rejected\s", output);
        Assert.Equal(files.Length, output.Split('\n').Count(l => l.StartsWith("inserted ", StringComparison.Ordinal)));
        Assert.Equal(files.Length, await DocumentsIn(root, "graph.db"));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_reported_and_the_others_are_ingested()
    {
        var root = IngestionHost.NewRoot();
        var archive = Path.Combine(root, "archive");
        Directory.CreateDirectory(archive);
        File.WriteAllText(Path.Combine(archive, "good.txt"), MeetingTexts.Summit(330));
        // Listed, then gone by the time it is opened (a dangling link is that, at any moment); and one no read can follow.
        File.CreateSymbolicLink(Path.Combine(archive, "gone.txt"), Path.Combine(archive, "deleted-meanwhile.txt"));
        File.CreateSymbolicLink(Path.Combine(archive, "loop.txt"), Path.Combine(archive, "loop.txt"));

        var (code, output) = await IngestProcess.RunAsync(root, Timeout, "ingest", archive, "--plain", "--GraphStore:EmbeddedPath=graph.db");

        Assert.True(code == 0, output);
        Assert.Matches(@"(?m)^inserted\s+\S+\s+good\.txt", output);
        Assert.Matches(@"(?m)^rejected\s+-\s+gone\.txt vanished", output);
        Assert.Matches(@"(?m)^rejected\s+-\s+loop\.txt unreadable", output);
        Assert.Equal(1, await DocumentsIn(root, "graph.db"));
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_fails_the_run_in_one_line_and_leaves_the_files()
    {
        var root = IngestionHost.NewRoot();
        var archive = Path.Combine(root, "archive");
        Directory.CreateDirectory(archive);
        File.WriteAllText(Path.Combine(archive, "good.txt"), MeetingTexts.Summit(340));
        File.WriteAllText(Path.Combine(root, "not-a-folder"), "the store's folder is a file");
        var before = FolderSnapshot.Of(archive);

        var (code, output) = await IngestProcess.RunAsync(root, Timeout, "ingest", archive, "--plain", "--GraphStore:EmbeddedPath=not-a-folder/graph.db");

        Assert.Equal(1, code);
        Assert.Contains("ingest: the graph store could not be opened", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at ", output); // no stack trace
        Assert.Equal(before, FolderSnapshot.Of(archive));
    }

    [Theory]
    [InlineData("--once", "watch <inbox> --once")]
    [InlineData("--in-place", "always reads in place")]
    public async Task The_retired_inbox_flags_are_refused_with_a_hint_and_move_nothing(string flag, string hint)
    {
        var root = IngestionHost.NewRoot();
        var inbox = Path.Combine(root, "inbox");
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "a.txt"), MeetingTexts.Summit(350));
        var before = FolderSnapshot.Of(inbox);

        var (code, output) = await IngestProcess.RunAsync(root, Timeout, "ingest", inbox, flag, "--GraphStore:EmbeddedPath=graph.db");

        Assert.Equal(2, code);
        Assert.Contains(hint, output, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(inbox));
    }

    [Fact]
    public async Task Ingest_without_a_path_prints_usage()
    {
        var (code, output) = await IngestProcess.RunAsync(IngestionHost.NewRoot(), Timeout, "ingest");
        Assert.Equal(2, code);
        Assert.Contains("usage", output, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<long> DocumentsIn(string root, string database)
    {
        await using var host = await IngestionHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["GraphStore:EmbeddedPath"] = Path.Combine(root, database),
        });
        return (await host.Store.CountAsync(Ct)).Nodes.GetValueOrDefault("Document");
    }
}
