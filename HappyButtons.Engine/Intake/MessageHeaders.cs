namespace HappyButtons.Engine.Intake;

/// <summary>Case-insensitive header lookup; a repeated header keeps all its values in order.</summary>
public sealed class MessageHeaders
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public static MessageHeaders Empty { get; } = new();

    public MessageHeaders() { }

    public MessageHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        foreach (var (name, value) in headers)
        {
            if (!_values.TryGetValue(name, out var list))
                _values[name] = list = [];
            list.Add(value);
        }
    }

    public static MessageHeaders Of(params (string Name, string Value)[] headers) =>
        new(headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)));

    /// <summary>The first value of a header, or null when absent.</summary>
    public string? this[string name] => _values.TryGetValue(name, out var list) && list.Count > 0 ? list[0] : null;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public bool Contains(string name) => _values.ContainsKey(name);

    public IEnumerable<string> Names => _values.Keys;
}
