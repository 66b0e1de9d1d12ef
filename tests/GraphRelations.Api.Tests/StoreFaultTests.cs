using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace GraphRelations.Api.Tests;

/// <summary>
/// The service acknowledges (201) only what is durable: with the store file deleted under load, or the disk full, writes
/// answer 503 with Retry-After, readiness says why, inbox files wait, and the service recovers by itself.
/// </summary>
public sealed class StoreFaultTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deleting_the_store_file_or_its_folder_under_post_load_loses_no_acknowledged_document()
    {
        Assert.SkipUnless(RepositoryPaths.HasCorpus, "needs the shared corpus");
        var key = Guid.NewGuid().ToString("N");
        await using var api = await ScratchApi.StartAsync(new Dictionary<string, string?>
        {
            ["Api:ApiKey"] = key,
        }, storeFolder: "store");
        api.Client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var seed = await SeedAsync();
        var acknowledged = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        var sent = 0;

        async Task PostLoadAsync(int count)
        {
            while (Interlocked.Increment(ref sent) <= count)
            {
                using var content = new StringContent(seed + $"\n\nStore fault test line {Guid.NewGuid():N}.\n", Encoding.UTF8, "text/plain");
                using var response = await api.Client.PostAsync(new Uri("api/documents", UriKind.Relative), content, Ct);
                statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
                    acknowledged.Add(body.RootElement.GetProperty("documentId").GetString()!);
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
                    Assert.NotNull(response.Headers.RetryAfter);
                }
            }
        }

        var load = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostLoadAsync(240), Ct)));
        var folder = Path.GetDirectoryName(api.Database)!;
        await WaitAsync(() => Volatile.Read(ref sent) >= 40, "the load to start");
        File.Delete(api.Database);
        await WaitAsync(() => Volatile.Read(ref sent) >= 120, "the load to go on after deleting the file");
        DeleteWhileInUse(folder);
        await load;

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", statuses.Select(s => $"{(int)s.Key}: {s.Value}")));
        Assert.True(acknowledged.Count > 40, $"only {acknowledged.Count} of {sent} were acknowledged");
        await WaitUntilReadyAsync(api.Client);
        Assert.True(File.Exists(api.Database), "the store file was not put back");
        foreach (var id in acknowledged)
        {
            using var stored = await api.Client.GetAsync(new Uri($"api/documents/{id}", UriKind.Relative), Ct);
            Assert.True(stored.StatusCode == HttpStatusCode.OK, $"acknowledged document {id} is lost ({(int)stored.StatusCode})");
        }
    }

    /// <summary>
    /// Removes a folder the running service keeps writing into, as `rm -rf` would: a file the service creates while the
    /// folder is being emptied makes one recursive delete fail with "not empty", so it is tried again until one succeeds.
    /// </summary>
    private static void DeleteWhileInUse(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10 && Directory.Exists(folder))
            {
            }
        }
    }

    [Fact]
    public async Task A_full_disk_answers_503_keeps_inbox_files_reports_not_ready_and_recovers_when_space_returns()
    {
        Assert.SkipUnless(RepositoryPaths.HasCorpus, "needs the shared corpus");
        var root = Directory.CreateTempSubdirectory("graphrelations-full-disk-").FullName;
        var store = Path.Combine(root, "store");
        Directory.CreateDirectory(store);
        if (!TryMountSmallDisk(store))
        {
            Directory.Delete(root, recursive: true);
            Assert.Skip("needs root to mount a 2 MB tmpfs for the store");
        }

        try
        {
            var key = Guid.NewGuid().ToString("N");
            var seed = await SeedAsync();
            await using var api = await ScratchApi.StartAsync(new Dictionary<string, string?>
            {
                ["Api:ApiKey"] = key,
                ["Ingestion:RescanInterval"] = "00:00:01",
                ["Ingestion:SettleTime"] = "00:00:00",
            }, root, storeFolder: "store");
            api.Client.DefaultRequestHeaders.Add("X-Api-Key", key);
            await WaitUntilReadyAsync(api.Client);
            using (var first = await PostAsync(api.Client, seed + "\n\nBefore the disk filled up.\n"))
            {
                Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            }

            var filler = Path.Combine(store, "filler.bin");
            FillDisk(filler);

            using (var refused = await PostAsync(api.Client, seed + "\n\nWhile the disk is full.\n"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.NotNull(refused.Headers.RetryAfter);
                var problem = await refused.Content.ReadAsStringAsync(Ct);
                Assert.Contains("disk is full", problem, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal);
            }

            using (var ready = await api.Client.GetAsync(new Uri("health/ready", UriKind.Relative), Ct))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                Assert.Contains("disk is full", await ready.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            }

            // A good record dropped into the inbox waits there, however many passes run; it is never quarantined.
            var inbox = Path.Combine(root, "inbox");
            var dropped = Path.Combine(inbox, "waiting.txt");
            await File.WriteAllTextAsync(Path.Combine(inbox, ".waiting.part"), seed + "\n\nDropped while the disk is full.\n", Ct);
            File.Move(Path.Combine(inbox, ".waiting.part"), dropped);
            await Task.Delay(TimeSpan.FromSeconds(4), Ct);
            Assert.Empty(Directory.GetFiles(Path.Combine(root, "quarantine")));
            Assert.Empty(Directory.GetFiles(Path.Combine(root, "processed")));

            File.Delete(filler);
            await WaitUntilReadyAsync(api.Client);
            using (var accepted = await PostAsync(api.Client, seed + "\n\nWhile the disk is full.\n"))
            {
                Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
            }

            await WaitAsync(() => File.Exists(Path.Combine(root, "processed", "waiting.txt")), "the waiting inbox file to be processed");
            Assert.False(File.Exists(dropped));
            Assert.Empty(Directory.GetFiles(Path.Combine(root, "quarantine")));
        }
        finally
        {
            Unmount(store);
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string text)
    {
        using var content = new StringContent(text, Encoding.UTF8, "text/plain");
        return await client.PostAsync(new Uri("api/documents", UriKind.Relative), content, Ct);
    }

    private static Task<string> SeedAsync() =>
        File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus, "seeds", "002_bf481c23c62848e1.txt"), Ct);

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var last = "";
        await WaitAsync(() =>
        {
            using var response = client.GetAsync(new Uri("health/ready", UriKind.Relative), Ct).GetAwaiter().GetResult();
            last = response.Content.ReadAsStringAsync(Ct).GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK;
        }, "readiness", () => last);
    }

    private static async Task WaitAsync(Func<bool> done, string what, Func<string>? state = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what} {state?.Invoke()}");
            await Task.Delay(100, Ct);
        }
    }

    /// <summary>Writes zeros until the file system refuses (ENOSPC).</summary>
    private static void FillDisk(string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush();
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    private static bool TryMountSmallDisk(string folder) =>
        !OperatingSystem.IsWindows() && Run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", folder) == 0;

    private static void Unmount(string folder) => Run("umount", "-l", folder);

    private static int Run(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true });
            process!.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
