using System.Collections;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>Header fields in arrival order; lookups are case-insensitive and return the first occurrence.</summary>
public sealed class HeaderList : IReadOnlyList<HeaderField>
{
    public static readonly HeaderList Empty = new([]);

    private readonly List<HeaderField> _fields;

    public HeaderList(List<HeaderField> fields) => _fields = fields;

    public int Count => _fields.Count;

    public HeaderField this[int index] => _fields[index];

    public HeaderField? Find(string name)
    {
        foreach (var field in _fields)
            if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase)) return field;
        return null;
    }

    public IEnumerable<HeaderField> FindAll(string name) =>
        _fields.Where(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The unfolded raw text of the first field with this name, or null.</summary>
    public string? this[string name] => Find(name)?.Text;

    public bool Contains(string name) => Find(name) is not null;

    public IEnumerator<HeaderField> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
