using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace GraphRelations.Graph.Embedded;

/// <summary>Small helpers so the store reads as SQL plus parameters.</summary>
internal static class SqliteCommandExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>A command inside the transaction, which Microsoft.Data.Sqlite requires once one is open.</summary>
    public static SqliteCommand Command(this SqliteTransaction transaction, string sql) =>
        transaction.Connection!.Command(sql, transaction);

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>A set of row keys as one JSON array parameter, for <c>json_each</c>.</summary>
    public static SqliteCommand WithKeys(this SqliteCommand command, string name, IEnumerable<long> keys) =>
        command.With(name, JsonSerializer.Serialize(keys));

    public static string? NullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? NullableInt(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateOnly? NullableDate(this SqliteDataReader reader, int ordinal) =>
        Writing.IsoDate.Parse(reader.NullableString(ordinal));

    public static async Task<List<T>> ListAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(map(reader));
        }

        return list;
    }
}
