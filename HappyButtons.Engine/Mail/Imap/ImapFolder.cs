namespace HappyButtons.Engine.Mail.Imap;

/// <summary>One mailbox from LIST: its decoded name, hierarchy delimiter and attributes (\Noselect, \Sent ...).</summary>
public sealed record ImapFolder(string Name, string? Delimiter, IReadOnlyList<string> Attributes)
{
    public bool CanSelect => !Attributes.Any(a =>
        a.Equals(@"\Noselect", StringComparison.OrdinalIgnoreCase) || a.Equals(@"\NonExistent", StringComparison.OrdinalIgnoreCase));
}
