using System.Globalization;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>
/// Reads untagged and status responses: applies what every command may receive (EXISTS,
/// RECENT, EXPUNGE, CAPABILITY, response codes, BYE) to the session state, and hands FETCH,
/// SEARCH, LIST and STATUS data to the command's handler.
/// </summary>
internal sealed class ImapResponseParser
{
    private readonly ImapSessionState _state;

    public ImapResponseParser(ImapSessionState state) => _state = state;

    /// <summary>The text of a BYE the server sent, to explain the disconnect that follows.</summary>
    public string? ByeText { get; private set; }

    public async ValueTask ReadUntaggedAsync(ImapReader reader, IImapUntaggedHandler? handler, CancellationToken ct)
    {
        var token = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
        if (token.Kind != ImapTokenKind.Atom)
        {
            throw new ImapProtocolException($"Malformed untagged response starting with {token}.");
        }

        if (uint.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var name = (await reader.ReadTokenAsync(ct).ConfigureAwait(false)).Text.ToUpperInvariant();
            switch (name)
            {
                case "EXISTS":
                    _state.OnExists(number);
                    break;
                case "RECENT":
                    _state.OnRecent(number);
                    break;
                case "EXPUNGE":
                    _state.OnExpunge();
                    break;
                default:
                    if (handler is not null && await handler.HandleAsync(name, number, reader, ct).ConfigureAwait(false))
                    {
                        return;
                    }

                    break;
            }

            await ImapSyntax.SkipToEndOfLineAsync(reader, ct).ConfigureAwait(false);
            return;
        }

        var upper = token.Text.ToUpperInvariant();
        switch (upper)
        {
            case "OK" or "NO" or "BAD" or "BYE" or "PREAUTH":
                var status = await ReadResponseTextAsync(reader, ImapSyntax.ParseStatus(upper), ct).ConfigureAwait(false);
                ByeText = status.Status == ImapStatus.Bye ? status.Text : ByeText;
                return;
            case "CAPABILITY":
                _state.SetCapabilities(await ImapSyntax.ReadAtomsToEndOfLineAsync(reader, ct).ConfigureAwait(false));
                return;
        }

        if (handler is null || !await handler.HandleAsync(upper, 0, reader, ct).ConfigureAwait(false))
        {
            await ImapSyntax.SkipToEndOfLineAsync(reader, ct).ConfigureAwait(false);
        }
    }

    public async ValueTask<ImapCompletion> ReadStatusAsync(ImapReader reader, CancellationToken ct)
    {
        var status = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
        if (status.Kind != ImapTokenKind.Atom)
        {
            throw new ImapProtocolException($"Expected a status (OK, NO, BAD), got {status}.");
        }

        return await ReadResponseTextAsync(reader, ImapSyntax.ParseStatus(status.Text.ToUpperInvariant()), ct).ConfigureAwait(false);
    }

    private async ValueTask<ImapCompletion> ReadResponseTextAsync(ImapReader reader, ImapStatus status, CancellationToken ct)
    {
        ImapResponseCode? code = null;
        if (await reader.PeekNonSpaceAsync(ct).ConfigureAwait(false) == '[')
        {
            await reader.ReadTokenAsync(ct).ConfigureAwait(false);
            code = ImapResponseCode.Parse(await reader.ReadResponseCodeTextAsync(ct).ConfigureAwait(false));
            _state.Apply(code);
        }

        var text = await reader.ReadTextToEndOfLineAsync(ct).ConfigureAwait(false);
        return new ImapCompletion(status, code, text);
    }
}
