using SQLitePCL;

namespace GraphRelations.Graph.Embedded;

/// <summary>
/// Process-wide SQLite settings, applied once before the first connection opens: no memory statistics, so an
/// allocation inside SQLite (thousands per batch) no longer takes the global statistics mutex. Nothing here reads those
/// statistics (<c>sqlite3_memory_used</c>, a soft heap limit).
/// </summary>
/// <remarks>
/// SQLite accepts this only before it initialises; when another part of the process opened a connection first, the
/// call returns SQLITE_MISUSE and SQLite keeps its defaults, which are correct, only slower. The threading mode stays
/// "serialized" on purpose: "multi-thread" would also drop the per-connection mutex, but with it bench-ingest crashed
/// (SIGSEGV) in 3 of 12 runs, most likely a finalizer releasing a statement handle while another thread used its
/// connection.
/// </remarks>
internal static class SqliteProcessSettings
{
    private static readonly Lazy<bool> Applied = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the settings are in force (false when SQLite had initialised before this ran).</summary>
    public static bool Configure() => Applied.Value;

    private static bool Apply()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}
