using GraphRelations.Ingestion.Commands;

// A tiny dispatcher: each verb lives in Commands/ and owns its own start-up cost.
return args.Length == 0 ? Usage() : args[0] switch
{
    "extract" => ExtractCommand.Run(args[1..]),
    "bench" => BenchCommand.Run(args[1..]),
    "ingest" => await IngestCommand.RunAsync(args[1..]),
    "bench-ingest" => await BenchIngestCommand.RunAsync(args[1..]),
    "bench-corpus" => BenchCorpusCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: extract <file-or-folder> [...] | bench [corpus-folder] [--mb N] | ingest <file-or-folder> [--once] [--in-place] [--plain] [--Key=Value ...] | bench-ingest [corpus-folder] [--documents N] | " + BenchCorpusCommand.Usage);
    return 2;
}
