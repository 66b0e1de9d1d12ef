using System.Globalization;
using System.Text;

namespace GraphRelations.Ingestion.Bench;

/// <summary>One generated record: its file name, the meeting it reports and its text.</summary>
internal sealed record GeneratedRecord(string FileName, MeetingSlot Slot, string Text);

/// <summary>
/// A deterministic archive of distinct meeting records: the same (count, seed) gives the same records, byte for byte,
/// in the same order.
/// </summary>
internal static class BenchCorpus
{
    /// <summary>Plans the archive now (so a count the period cannot hold fails here) and writes each record's text lazily.</summary>
    public static IEnumerable<GeneratedRecord> Generate(int count, int seed) => Records(MeetingPlanner.Plan(OfficeHolders.Load(), count, seed), seed);

    private static IEnumerable<GeneratedRecord> Records(IReadOnlyList<MeetingSlot> slots, int seed)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            // Each record has its own seed so any record can be regenerated alone.
            var recordSeed = unchecked((seed * 1_000_003) + i);
            yield return new GeneratedRecord(string.Create(CultureInfo.InvariantCulture, $"record-{i + 1:D6}.txt"), slots[i], RecordGenerator.Write(slots[i], recordSeed));
        }
    }

    /// <summary>Writes the records and a manifest.tsv (file, date, kind, format, participants) into <paramref name="folder"/>.</summary>
    public static int WriteTo(string folder, int count, int seed)
    {
        var records = Generate(count, seed);
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var manifest = new StreamWriter(Path.Combine(folder, "manifest.tsv"), append: false, utf8);
        manifest.Write("file\tdate\tkind\tformat\tparticipants\n");
        var written = 0;
        foreach (var record in records)
        {
            File.WriteAllText(Path.Combine(folder, record.FileName), record.Text, utf8);
            manifest.Write(string.Create(CultureInfo.InvariantCulture,
                $"{record.FileName}\t{record.Slot.Date:yyyy-MM-dd}\t{record.Slot.Format.Kind}\t{record.Slot.Format.Name}\t{string.Join(',', record.Slot.People.Select(p => p.Id))}\n"));
            written++;
        }

        return written;
    }
}
