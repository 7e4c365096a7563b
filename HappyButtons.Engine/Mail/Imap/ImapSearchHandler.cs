using System.Globalization;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Collects the numbers of <c>* SEARCH</c> responses (ignoring a CONDSTORE <c>(MODSEQ n)</c> suffix).</summary>
internal sealed class ImapSearchHandler : IImapUntaggedHandler
{
    public List<uint> Results { get; } = [];

    public async ValueTask<bool> HandleAsync(string name, uint number, ImapReader reader, CancellationToken cancellationToken)
    {
        if (name != "SEARCH")
        {
            return false;
        }

        while (true)
        {
            var token = await reader.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
            if (token.Kind == ImapTokenKind.Eol)
            {
                return true;
            }

            if (token.Kind == ImapTokenKind.Atom && uint.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var uid))
            {
                Results.Add(uid);
            }
            else
            {
                await ImapSyntax.SkipValueAsync(token, reader, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
