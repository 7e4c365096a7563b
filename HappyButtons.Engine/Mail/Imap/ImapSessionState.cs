namespace HappyButtons.Engine.Mail.Imap;

/// <summary>What the server has told us so far: capabilities and the state of the selected folder.</summary>
internal sealed class ImapSessionState
{
    private HashSet<string> _capabilities = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> Capabilities => _capabilities;

    public int Exists { get; private set; }

    public uint UidValidity { get; private set; }

    public uint UidNext { get; private set; }

    public bool ReadOnly { get; private set; }

    public IReadOnlyList<string> PermanentFlags { get; private set; } = [];

    /// <summary>Incremented whenever the server announces more messages (EXISTS growth or RECENT &gt; 0).</summary>
    public int NewMailSignals { get; private set; }

    public bool Has(string capability) => _capabilities.Contains(capability);

    public void SetCapabilities(IEnumerable<string> capabilities) =>
        _capabilities = new HashSet<string>(capabilities, StringComparer.OrdinalIgnoreCase);

    public void ResetSelection()
    {
        Exists = 0;
        UidValidity = 0;
        UidNext = 0;
        ReadOnly = false;
        PermanentFlags = [];
    }

    public void OnExists(uint count)
    {
        if (count > Exists)
        {
            NewMailSignals++;
        }

        Exists = (int)count;
    }

    public void OnRecent(uint count)
    {
        if (count > 0)
        {
            NewMailSignals++;
        }
    }

    public void OnExpunge() => Exists = Math.Max(0, Exists - 1);

    public void Apply(ImapResponseCode code)
    {
        switch (code.Name)
        {
            case "CAPABILITY":
                SetCapabilities(code.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                break;
            case "UIDVALIDITY":
                UidValidity = code.NumberArgument ?? 0;
                break;
            case "UIDNEXT":
                UidNext = code.NumberArgument ?? 0;
                break;
            case "READ-ONLY":
                ReadOnly = true;
                break;
            case "READ-WRITE":
                ReadOnly = false;
                break;
            case "PERMANENTFLAGS":
                PermanentFlags = code.Arguments.Trim('(', ')').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                break;
        }
    }
}
