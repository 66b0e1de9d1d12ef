using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion.Tests;

/// <summary>The pipeline itself, against the real extractor and the embedded store.</summary>
public sealed class DocumentIngestorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_meeting_record_is_stored_with_its_text_and_meetings()
    {
        await using var host = await IngestionHost.StartAsync();

        var result = await host.Ingestor.IngestAsync(MeetingTexts.Summit(1), "summit-1.txt", Ct);

        Assert.Equal(IngestionOutcome.Inserted, result.Outcome);
        Assert.NotNull(result.DocumentId);
        Assert.True(result.Meetings > 0);
        var stored = await host.Store.GetDocumentAsync(result.DocumentId!, Ct);
        Assert.NotNull(stored);
        Assert.Equal("summit-1.txt", stored.Document.Source);
        Assert.Equal(result.Meetings, stored.MeetingIds.Count);
        Assert.Contains("four northern islands", stored.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingesting_the_same_document_again_changes_nothing()
    {
        await using var host = await IngestionHost.StartAsync();
        var first = await host.Ingestor.IngestAsync(MeetingTexts.Summit(2), "a.txt", Ct);
        var before = await host.Store.CountAsync(Ct);

        var again = await host.Ingestor.IngestAsync(Encoding.UTF8.GetBytes(MeetingTexts.Summit(2)), "copy-of-a.txt", Ct);

        Assert.Equal(IngestionOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.DocumentId, again.DocumentId);
        var after = await host.Store.CountAsync(Ct);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
    }

    public static TheoryData<string, byte[], string[]> BadInputs()
    {
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        var latin1 = Encoding.Latin1.GetBytes("Prime Minister Abe held a meeting with President Putin at the Café Pouchkine.");
        var utf16 = Encoding.Unicode.GetBytes(MeetingTexts.Summit(3));
        var digits = Encoding.UTF8.GetBytes(string.Join(' ', Enumerable.Range(0, 500).Select(i => (i * 7919 % 100000).ToString("D5"))));
        var controls = Encoding.UTF8.GetBytes(new string('\u0007', 200) + "Japan Russia");
        return new()
        {
            { "empty", [], [RejectionReasons.Empty] },
            { "whitespace only", Encoding.UTF8.GetBytes(" \n\t\r\n  "), [RejectionReasons.Empty] },
            { "binary with NUL bytes", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], [RejectionReasons.Binary] },
            { "random bytes", random, [RejectionReasons.Binary, RejectionReasons.NotUtf8, RejectionReasons.NotText] },
            { "Latin-1, not UTF-8", latin1, [RejectionReasons.NotUtf8] },
            { "UTF-16 text", utf16, [RejectionReasons.Binary] },
            { "numbers, not prose", digits, [RejectionReasons.NotText] },
            { "control characters", controls, [RejectionReasons.NotText] },
            { "off-genre prose", Encoding.UTF8.GetBytes(MeetingTexts.OffGenre), [RejectionReasons.OffGenre] },
        };
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_a_reason_and_writes_nothing(string label, byte[] content, string[] acceptableReasons)
    {
        await using var host = await IngestionHost.StartAsync();
        await host.Ingestor.EnsureStoreInitializedAsync(Ct);
        var before = await host.Store.CountAsync(Ct);

        var result = await host.Ingestor.IngestAsync(content, label + ".txt", Ct);

        Assert.Equal(IngestionOutcome.Quarantined, result.Outcome);
        Assert.Contains(result.Reason, acceptableReasons);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
        var after = await host.Store.CountAsync(Ct);
        Assert.Equal(before.Nodes, after.Nodes);
    }

    [Fact]
    public async Task Off_genre_text_is_refused_but_keeps_its_document_id()
    {
        await using var host = await IngestionHost.StartAsync();

        var result = await host.Ingestor.IngestAsync(MeetingTexts.OffGenre, "weather.txt", Ct);

        Assert.Equal(RejectionReasons.OffGenre, result.Reason);
        Assert.Matches("^[0-9a-f]{64}$", result.DocumentId!);
        Assert.Null(await host.Store.GetDocumentAsync(result.DocumentId!, Ct));
    }

    [Fact]
    public async Task Input_over_the_configured_limit_is_refused_without_being_read_whole()
    {
        await using var host = await IngestionHost.StartAsync(settings: new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "500" });
        var text = MeetingTexts.Summit(4);
        Assert.True(Encoding.UTF8.GetByteCount(text) > 500);

        var asText = await host.Ingestor.IngestAsync(text, "long.txt", Ct);
        using var unseekable = new NonSeekableStream(Encoding.UTF8.GetBytes(text));
        var asStream = await host.Ingestor.IngestAsync(unseekable, "long.txt", Ct);

        Assert.Equal(RejectionReasons.TooLarge, asText.Reason);
        Assert.Equal(RejectionReasons.TooLarge, asStream.Reason);
        Assert.True(unseekable.BytesRead <= 501, $"read {unseekable.BytesRead} bytes of an oversized stream");
    }

    [Fact]
    public async Task The_default_limits_leave_ample_room_for_a_real_record()
    {
        await using var host = await IngestionHost.StartAsync();
        var limits = host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        Assert.Equal(1024 * 1024, limits.MaxFileBytes);
        Assert.Equal(2_000, limits.MaxLines);
        Assert.Equal(1_000, limits.MaxSentences);
        Assert.Equal(200, limits.MaxStatementsPerMeeting);

        // A long but ordinary record (a few dozen agreements) is under every limit.
        var result = await host.Ingestor.IngestAsync(MeetingTexts.Flooded(3, 40), "long-record.txt", Ct);
        Assert.Equal(IngestionOutcome.Inserted, result.Outcome);
    }

    [Theory]
    [InlineData(5_000, 1, RejectionReasons.TooManyLines)]
    [InlineData(1_500, 100, RejectionReasons.TooManySentences)]
    public async Task A_flooding_record_is_refused_before_extraction_and_stores_nothing(int agreements, int perLine, string reason)
    {
        await using var host = await IngestionHost.StartAsync();
        var text = MeetingTexts.Flooded(5, agreements, perLine);
        Assert.True(Encoding.UTF8.GetByteCount(text) < 1024 * 1024, "under the byte limit: the other limits must catch it");

        var result = await host.Ingestor.IngestAsync(text, "flood.txt", Ct);

        Assert.Equal(reason, result.Reason);
        Assert.Contains("limit", result.Detail, StringComparison.Ordinal);
        Assert.False((await host.Store.CountAsync(Ct)).Nodes.TryGetValue("Document", out var documents) && documents > 0);
    }

    [Fact]
    public async Task A_meeting_with_more_statements_than_configured_is_refused_and_not_stored()
    {
        await using var host = await IngestionHost.StartAsync(settings: new Dictionary<string, string?> { ["Ingestion:MaxStatementsPerMeeting"] = "10" });

        var result = await host.Ingestor.IngestAsync(MeetingTexts.Flooded(6, 30), "many-statements.txt", Ct);

        Assert.Equal(RejectionReasons.TooManyStatements, result.Reason);
        Assert.Contains("the limit is 10", result.Detail, StringComparison.Ordinal);
        Assert.Null(await host.Store.GetDocumentAsync(result.DocumentId!, Ct));
    }

    [Fact]
    public async Task Invalid_options_stop_the_host_from_starting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => IngestionHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Ingestion:MaxFileBytes"] = "0",
        }));
        Assert.Contains("MaxFileBytes", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A network-like stream: no length up front, so the ingestor must stop reading at the limit itself.</summary>
    private sealed class NonSeekableStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await _inner.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
