using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GraphRelations.Graph.Embedded;

/// <summary>
/// Builds one JSON array of row arrays (<c>[[a, b], [c, d]]</c>), the form in which a document's rows of one kind reach
/// SQLite's <c>json_each</c>. Reuses its buffer, so building a document's rows allocates only the final string.
/// </summary>
internal sealed class JsonRows : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private readonly Utf8JsonWriter _writer;

    public JsonRows() => _writer = new Utf8JsonWriter(_buffer);

    public int Count { get; private set; }

    public JsonRows Begin()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartArray();
        Count = 0;
        return this;
    }

    /// <summary>Adds a row of strings, whole numbers and nulls.</summary>
    public void Add(params ReadOnlySpan<object?> values)
    {
        _writer.WriteStartArray();
        foreach (var value in values)
        {
            switch (value)
            {
                case null: _writer.WriteNullValue(); break;
                case string text: _writer.WriteStringValue(text); break;
                case int number: _writer.WriteNumberValue(number); break;
                case long number: _writer.WriteNumberValue(number); break;
                default: throw new ArgumentException($"A row value of type {value.GetType().Name} has no JSON form here.", nameof(values));
            }
        }

        _writer.WriteEndArray();
        Count++;
    }

    /// <summary>Adds a row that is a single value (<c>[1, 2]</c> rather than <c>[[1], [2]]</c>).</summary>
    public void AddValue(long value)
    {
        _writer.WriteNumberValue(value);
        Count++;
    }

    public string End()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose() => _writer.Dispose();
}
