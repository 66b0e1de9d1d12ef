using SQLitePCL;

namespace GraphRelations.Graph.Embedded;

/// <summary>
/// Process-wide SQLite settings, applied once before the first connection opens. The bundled library is built
/// "serialized": every call on a connection takes that connection's mutex, and every allocation takes the global memory
/// statistics mutex. This process never shares a connection between threads at once (Microsoft.Data.Sqlite connections
/// are not thread-safe, and the store opens one per operation), so "multi-thread" mode without memory statistics is
/// just as safe and drops those locks from the writer's hot path.
/// </summary>
/// <remarks>
/// SQLite accepts these only before it initialises; when another part of the process opened a connection first, the
/// calls return SQLITE_MISUSE and SQLite keeps its defaults, which are correct, only slower.
/// </remarks>
internal static class SqliteThreading
{
    private static readonly Lazy<bool> Applied = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the faster settings are in force (false when SQLite had initialised before this ran).</summary>
    public static bool Configure() => Applied.Value;

    private static bool Apply()
    {
        Batteries_V2.Init();
        var threading = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        var statistics = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        return threading == raw.SQLITE_OK && statistics == raw.SQLITE_OK;
    }
}
