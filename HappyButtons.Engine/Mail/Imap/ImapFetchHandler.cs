using System.Text;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>
/// Parses <c>* n FETCH (...)</c> responses: UID, FLAGS, INTERNALDATE, RFC822.SIZE, and streams
/// <c>BODY[]</c> literals into an <see cref="IImapMessageSink"/> without buffering them.
/// </summary>
internal sealed class ImapFetchHandler : IImapUntaggedHandler
{
    private readonly IImapMessageSink? _sink;

    public ImapFetchHandler(IImapMessageSink? sink) => _sink = sink;

    /// <summary>Every FETCH response that carried a UID, in arrival order.</summary>
    public List<ImapFetchedMessage> Messages { get; } = [];

    public async ValueTask<bool> HandleAsync(string name, uint number, ImapReader reader, CancellationToken cancellationToken)
    {
        if (name != "FETCH")
        {
            return false;
        }

        var open = await reader.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
        if (open.Kind != ImapTokenKind.OpenParen)
        {
            throw new ImapProtocolException($"Expected '(' after FETCH, got {open}.");
        }

        var message = new ImapFetchedMessage((int)number, 0, null, null, null, null);
        Stream? body = null;
        try
        {
            while (true)
            {
                var item = await reader.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
                if (item.Kind == ImapTokenKind.CloseParen)
                {
                    break;
                }

                if (item.Kind != ImapTokenKind.Atom)
                {
                    throw new ImapProtocolException($"Expected a FETCH item name, got {item}.");
                }

                switch (item.Text.ToUpperInvariant())
                {
                    case "UID":
                        message = message with { Uid = await ImapSyntax.ReadNumberAsync(reader, cancellationToken).ConfigureAwait(false) };
                        break;
                    case "FLAGS":
                        message = message with { Flags = await ImapSyntax.ReadFlagListAsync(reader, cancellationToken).ConfigureAwait(false) };
                        break;
                    case "RFC822.SIZE":
                        message = message with { Size = await ImapSyntax.ReadSizeAsync(reader, cancellationToken).ConfigureAwait(false) };
                        break;
                    case "INTERNALDATE":
                        var date = await reader.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
                        message = message with { InternalDate = ImapSyntax.ParseDateTime(date.Text) };
                        break;
                    case "BODY" or "RFC822" or "BINARY":
                        (body, var length) = await ReadBodyAsync(reader, (int)number, cancellationToken).ConfigureAwait(false);
                        message = message with { BodyLength = length ?? message.BodyLength };
                        break;
                    default:
                        var value = await reader.ReadTokenAsync(cancellationToken).ConfigureAwait(false);
                        await ImapSyntax.SkipValueAsync(value, reader, cancellationToken).ConfigureAwait(false);
                        break;
                }
            }

            await ImapSyntax.SkipToEndOfLineAsync(reader, cancellationToken).ConfigureAwait(false);
        }
        catch when (body is not null && _sink is not null)
        {
            _sink.Discard(body);
            throw;
        }

        if (message.Uid != 0)
        {
            Messages.Add(message);
        }

        if (body is not null && _sink is not null)
        {
            await _sink.CommitAsync(message, body, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Reads <c>[section]&lt;origin&gt;</c> and the value; only the whole message (empty section) goes to the sink.</summary>
    private async ValueTask<(Stream? Body, long? Length)> ReadBodyAsync(ImapReader reader, int sequenceNumber, CancellationToken ct)
    {
        var section = new StringBuilder();
        var wholeMessage = true;
        if (await reader.PeekNonSpaceAsync(ct).ConfigureAwait(false) == '[')
        {
            await reader.ReadTokenAsync(ct).ConfigureAwait(false);
            ImapToken part;
            while ((part = await reader.ReadTokenAsync(ct).ConfigureAwait(false)).Kind != ImapTokenKind.CloseBracket)
            {
                if (part.Kind == ImapTokenKind.Eol)
                {
                    throw new ImapProtocolException("Unterminated BODY section.");
                }

                section.Append(part.Text);
                wholeMessage = false;
            }
        }

        if (await reader.PeekNonSpaceAsync(ct).ConfigureAwait(false) == '<')
        {
            await reader.ReadTokenAsync(ct).ConfigureAwait(false);
            wholeMessage = false;
        }

        var value = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
        if (!wholeMessage || _sink is null || value.IsNil)
        {
            await ImapSyntax.SkipValueAsync(value, reader, ct).ConfigureAwait(false);
            return (null, null);
        }

        switch (value.Kind)
        {
            case ImapTokenKind.Literal:
                var body = _sink.OpenBody(sequenceNumber, value.LiteralLength);
                try
                {
                    await reader.CopyLiteralToAsync(body, ct).ConfigureAwait(false);
                }
                catch
                {
                    _sink.Discard(body);
                    throw;
                }

                return (body, value.LiteralLength);
            case ImapTokenKind.QuotedString:
                var bytes = Encoding.UTF8.GetBytes(value.Text);
                var quoted = _sink.OpenBody(sequenceNumber, bytes.Length);
                await quoted.WriteAsync(bytes, ct).ConfigureAwait(false);
                return (quoted, bytes.Length);
            default:
                throw new ImapProtocolException($"Unexpected {value} as a message body.");
        }
    }
}
