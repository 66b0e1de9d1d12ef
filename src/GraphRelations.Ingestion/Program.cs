using GraphRelations.Ingestion.Commands;

// A tiny dispatcher: each verb lives in Commands/ and owns its own start-up cost.
return args.Length == 0 ? Usage() : args[0] switch
{
    "extract" => ExtractCommand.Run(args[1..]),
    "bench" => BenchCommand.Run(args[1..]),
    "ingest" => await IngestCommand.RunAsync(args[1..]),
    "watch" => await WatchCommand.RunAsync(args[1..]),
    "bench-ingest" => await BenchIngestCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          extract <file-or-folder> [...]                     extraction contract JSON Lines on stdout
          ingest <file-or-folder> [--plain] [--Key=Value]   read every *.txt in place into the store, once; moves nothing
          watch <inbox> [--once] [--plain] [--Key=Value]    inbox worker: claim, ingest, move to processed/ or quarantine/
          bench [corpus-folder] [--mb N]                     extraction throughput
          bench-ingest [corpus-folder] [--documents N]       pipeline throughput into a scratch store
        """);
    return 2;
}
