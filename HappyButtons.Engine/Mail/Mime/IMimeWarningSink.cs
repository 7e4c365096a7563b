namespace HappyButtons.Engine.Mail.Mime;

/// <summary>Receives human-readable notes about malformed input that was read best-effort.</summary>
public interface IMimeWarningSink
{
    void Add(string warning);
}

/// <summary>Thread-safe list of parse warnings; content decoded lazily adds its notes when first read.</summary>
public sealed class MimeWarnings : IMimeWarningSink
{
    private const int MaxWarnings = 200;
    private readonly List<string> _items = [];

    public void Add(string warning)
    {
        lock (_items)
        {
            if (_items.Count < MaxWarnings && !_items.Contains(warning)) _items.Add(warning);
        }
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (_items) return _items.ToArray();
    }
}
