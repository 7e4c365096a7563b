using System.Globalization;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Parses <c>* STATUS name (MESSAGES n UIDNEXT n UIDVALIDITY n UNSEEN n)</c>.</summary>
internal sealed class ImapStatusHandler : IImapUntaggedHandler
{
    public Dictionary<string, uint> Items { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<bool> HandleAsync(string name, uint number, ImapReader reader, CancellationToken cancellationToken)
    {
        if (name != "STATUS")
        {
            return false;
        }

        var folder = await reader.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
        await ImapSyntax.SkipValueAsync(folder, reader, cancellationToken).ConfigureAwait(false);
        var items = await ImapSyntax.ReadFlagListAsync(reader, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i + 1 < items.Count; i += 2)
        {
            if (uint.TryParse(items[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                Items[items[i]] = value;
            }
        }

        await ImapSyntax.SkipToEndOfLineAsync(reader, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
