using System.Text;
using System.Text.Json;
using GraphRelations.Extraction;
using GraphRelations.Extraction.Contract;

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// <c>extract &lt;file-or-folder&gt; [...]</c>: one JSON object per input file on stdout (JSON Lines) in the extraction
/// output contract; unreadable inputs are reported on stderr. Needs no host, so it starts fast.
/// </summary>
internal static class ExtractCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: extract <file-or-folder> [...]");
            return 2;
        }

        var extractor = new MeetingRecordExtractor();
        var read = 0;
        var failed = 0;
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var file in InputFiles.Expand(args, missing => { failed++; Console.Error.WriteLine($"extract: {missing}: no such file or folder"); }))
        {
            string raw;
            try
            {
                raw = File.ReadAllText(file, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed++;
                Console.Error.WriteLine($"extract: {file}: {ex.Message}");
                continue;
            }

            read++;
            var doc = extractor.Normalize(raw);
            var graph = extractor.Extract(doc, Path.GetFileName(file));
            ExtractionJson.Serialize(writer, graph);
            writer.Flush();
            writer.Reset();
            stdout.WriteByte((byte)'\n');
        }

        if (read == 0)
        {
            Console.Error.WriteLine(failed == 0 ? "extract: no input files found" : "extract: nothing could be read");
            return 1;
        }

        return 0;
    }
}
