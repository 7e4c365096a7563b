namespace HappyButtons.Engine.Mail.Imap;

/// <summary>A bracketed response code such as <c>[UIDVALIDITY 3857529045]</c> or <c>[TRYCREATE]</c>.</summary>
public sealed record ImapResponseCode(string Name, string Arguments)
{
    public static ImapResponseCode Parse(string raw)
    {
        var space = raw.IndexOf(' ');
        return space < 0
            ? new ImapResponseCode(raw.ToUpperInvariant(), "")
            : new ImapResponseCode(raw[..space].ToUpperInvariant(), raw[(space + 1)..]);
    }

    public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first argument as a number, for UIDVALIDITY, UIDNEXT and UNSEEN.</summary>
    public uint? NumberArgument =>
        uint.TryParse(Arguments.Split(' ', 2)[0], out var n) ? n : null;

    public override string ToString() => Arguments.Length == 0 ? Name : $"{Name} {Arguments}";
}
