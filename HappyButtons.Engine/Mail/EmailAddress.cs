namespace HappyButtons.Engine.Mail;

/// <summary>A mailbox: optional display name and the addr-spec. <see cref="Group"/> names the RFC 5322 group it was listed in.</summary>
public sealed record EmailAddress(string? DisplayName, string Address)
{
    public string? Group { get; init; }

    /// <summary>Lower-cased domain part, or empty when the address has none.</summary>
    public string Domain
    {
        get
        {
            var at = Address.LastIndexOf('@');
            return at < 0 ? string.Empty : Address[(at + 1)..].ToLowerInvariant();
        }
    }

    public string LocalPart
    {
        get
        {
            var at = Address.LastIndexOf('@');
            return at < 0 ? Address : Address[..at];
        }
    }

    public override string ToString() => string.IsNullOrEmpty(DisplayName) ? Address : $"{DisplayName} <{Address}>";
}
