using System.Net.Sockets;
using System.Text;
using HappyButtons.Engine.Mail.Tls;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>
/// An IMAP4rev1/IMAP4rev2 client for one connection: connect (TLS, STARTTLS or explicitly plain),
/// authenticate, select a folder, then search, fetch (bodies streamed), flag, move, append and IDLE.
/// Not thread-safe: one command at a time, like the protocol.
/// </summary>
public sealed class ImapClient : IAsyncDisposable
{
    private static readonly string[] SummaryItems = ["UID", "FLAGS", "INTERNALDATE", "RFC822.SIZE"];

    private readonly ImapConnection _connection;
    private readonly ImapClientOptions _options;

    private ImapClient(ImapConnection connection, ImapClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    public IReadOnlySet<string> Capabilities => _connection.State.Capabilities;

    public bool IsConnected => _connection.IsConnected;

    public bool IsAuthenticated { get; private set; }

    /// <summary>The folder opened by the last SELECT/EXAMINE, with counts kept current from untagged responses.</summary>
    public ImapFolderInfo? SelectedFolder { get; private set; }

    /// <summary>Opens a TCP connection to <see cref="ImapClientOptions.Host"/> and secures it as configured.</summary>
    public static async Task<ImapClient> ConnectAsync(ImapClientOptions options, CancellationToken cancellationToken)
    {
        Stream transport;
        try
        {
            transport = await MailTransport.ConnectAsync(options.Host, options.Port, options.Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException)
        {
            throw new ImapProtocolException($"Cannot connect to IMAP server {options.Host}:{options.Port}: {ex.Message}", ex);
        }

        return await ConnectAsync(transport, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the session over an already connected transport (a socket stream, or a scripted stream in tests).</summary>
    public static async Task<ImapClient> ConnectAsync(Stream transport, ImapClientOptions options, CancellationToken cancellationToken)
    {
        try
        {
            if (options.Security == ImapSecurity.Tls)
            {
                transport = await TlsHandshake.AuthenticateAsClientAsync(
                    transport, options.Host, options.PinnedCertificateSha256, options.Timeout, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await transport.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var client = new ImapClient(new ImapConnection(transport, options.Timeout), options);
        try
        {
            await client.StartSessionAsync(cancellationToken).ConfigureAwait(false);
            return client;
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>AUTHENTICATE PLAIN (with SASL-IR when offered), or LOGIN when PLAIN is not advertised.</summary>
    public async Task AuthenticateAsync(string user, string password, CancellationToken cancellationToken)
    {
        if (_connection.State.Has("LOGINDISABLED") && !_connection.State.Has("AUTH=PLAIN"))
        {
            throw new ImapAuthenticationException("The server does not allow authentication on this connection (LOGINDISABLED); use TLS or STARTTLS.");
        }

        ImapCommand command;
        if (_connection.State.Has("AUTH=PLAIN"))
        {
            var response = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{user}\0{password}"));
            command = new ImapCommand("AUTHENTICATE").Atom("PLAIN");
            command = _connection.State.Has("SASL-IR") ? command.Atom(response) : command.AfterContinuation(response);
        }
        else
        {
            command = new ImapCommand("LOGIN").String(user).String(password);
        }

        await CompleteAuthenticationAsync(command, user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// AUTHENTICATE XOAUTH2 with an OAuth 2.0 access token (Microsoft 365, Gmail). Getting and
    /// refreshing the token is the caller's job.
    /// </summary>
    public async Task AuthenticateWithAccessTokenAsync(string user, string accessToken, CancellationToken cancellationToken)
    {
        if (!_connection.State.Has("AUTH=XOAUTH2"))
        {
            throw new ImapAuthenticationException("The IMAP server does not offer AUTH=XOAUTH2.");
        }

        var response = Convert.ToBase64String(Encoding.UTF8.GetBytes($"user={user}\u0001auth=Bearer {accessToken}\u0001\u0001"));
        var command = new ImapCommand("AUTHENTICATE") { AnswersChallengesWithEmptyLine = true }.Atom("XOAUTH2");
        command = _connection.State.Has("SASL-IR") ? command.Atom(response) : command.AfterContinuation(response);
        await CompleteAuthenticationAsync(command, user, cancellationToken).ConfigureAwait(false);
    }

    public Task<ImapFolderInfo> SelectAsync(string folder, CancellationToken cancellationToken) =>
        OpenFolderAsync("SELECT", folder, cancellationToken);

    /// <summary>Opens read-only: fetching never sets \Seen and nothing can be changed.</summary>
    public Task<ImapFolderInfo> ExamineAsync(string folder, CancellationToken cancellationToken) =>
        OpenFolderAsync("EXAMINE", folder, cancellationToken);

    public async Task<IReadOnlyList<uint>> SearchAsync(ImapSearchQuery query, CancellationToken cancellationToken)
    {
        var handler = new ImapSearchHandler();
        var command = new ImapCommand("UID SEARCH").Atom(query.Criteria);
        await ExecuteOkAsync(command, handler, cancellationToken).ConfigureAwait(false);
        return handler.Results.Distinct().Order().ToList();
    }

    /// <summary>UID, flags, internal date and size of each message in <paramref name="uids"/> that still exists.</summary>
    public async Task<IReadOnlyList<ImapFetchedMessage>> FetchSummariesAsync(ImapUidSet uids, CancellationToken cancellationToken)
    {
        var handler = new ImapFetchHandler(null);
        var command = new ImapCommand("UID FETCH").Atom(uids.ToString()).Atom($"({string.Join(' ', SummaryItems)})");
        await ExecuteOkAsync(command, handler, cancellationToken).ConfigureAwait(false);
        return handler.Messages.OrderBy(m => m.Uid).ToList();
    }

    /// <summary>
    /// Streams the raw bytes (BODY.PEEK[], so \Seen is not set) of each message into <paramref name="sink"/>
    /// with its summary. Returns how many messages were committed.
    /// </summary>
    public async Task<int> FetchMessagesAsync(ImapUidSet uids, IImapMessageSink sink, CancellationToken cancellationToken)
    {
        var handler = new ImapFetchHandler(sink);
        var command = new ImapCommand("UID FETCH").Atom(uids.ToString()).Atom($"({string.Join(' ', SummaryItems)} BODY.PEEK[])");
        await ExecuteOkAsync(command, handler, cancellationToken).ConfigureAwait(false);
        return handler.Messages.Count(m => m.BodyLength is not null);
    }

    /// <summary>
    /// Writes one message's raw bytes to <paramref name="destination"/>; null when the UID no longer exists.
    /// When this throws, <paramref name="destination"/> may hold a partial message that must be discarded.
    /// </summary>
    public async Task<ImapFetchedMessage?> FetchMessageAsync(uint uid, Stream destination, CancellationToken cancellationToken)
    {
        var sink = new SingleMessageSink(destination);
        await FetchMessagesAsync(ImapUidSet.Single(uid), sink, cancellationToken).ConfigureAwait(false);
        return sink.Message?.Uid == uid ? sink.Message : null;
    }

    /// <summary>UID STORE +FLAGS.SILENT, e.g. <c>\Seen</c> or <c>\Deleted</c>.</summary>
    public Task AddFlagsAsync(ImapUidSet uids, IReadOnlyCollection<string> flags, CancellationToken cancellationToken) =>
        StoreAsync(uids, "+FLAGS.SILENT", flags, cancellationToken);

    public Task RemoveFlagsAsync(ImapUidSet uids, IReadOnlyCollection<string> flags, CancellationToken cancellationToken) =>
        StoreAsync(uids, "-FLAGS.SILENT", flags, cancellationToken);

    /// <summary>UID MOVE; without MOVE: UID COPY, \Deleted and UID EXPUNGE of exactly these UIDs (needs UIDPLUS).</summary>
    public async Task MoveAsync(ImapUidSet uids, string destinationFolder, CancellationToken cancellationToken)
    {
        if (_connection.State.Has("MOVE"))
        {
            await ExecuteOkAsync(new ImapCommand("UID MOVE").Atom(uids.ToString()).Folder(destinationFolder), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!_connection.State.Has("UIDPLUS"))
        {
            throw new NotSupportedException("The server offers neither MOVE nor UIDPLUS; moving without UID EXPUNGE could expunge other messages marked \\Deleted.");
        }

        await ExecuteOkAsync(new ImapCommand("UID COPY").Atom(uids.ToString()).Folder(destinationFolder), cancellationToken).ConfigureAwait(false);
        await StoreAsync(uids, "+FLAGS.SILENT", [@"\Deleted"], cancellationToken).ConfigureAwait(false);
        await ExecuteOkAsync(new ImapCommand("UID EXPUNGE").Atom(uids.ToString()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>APPEND a raw message (e.g. to Sent); returns its UID when the server reports APPENDUID.</summary>
    public async Task<uint?> AppendAsync(
        string folder, Stream message, IReadOnlyCollection<string>? flags, DateTimeOffset? internalDate, CancellationToken cancellationToken)
    {
        var command = new ImapCommand("APPEND").Folder(folder);
        if (flags is { Count: > 0 })
        {
            command.Atom(FlagList(flags));
        }

        if (internalDate is { } date)
        {
            command.String(ImapSyntax.FormatDateTime(date));
        }

        if (!message.CanSeek)
        {
            var copy = new MemoryStream();
            await message.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            copy.Position = 0;
            message = copy;
        }

        command.Literal(message, message.Length - message.Position);
        var completion = await ExecuteOkAsync(command, cancellationToken).ConfigureAwait(false);
        return completion.Code is { } code && code.Is("APPENDUID") && uint.TryParse(code.Arguments.Split(' ').ElementAtOrDefault(1), out var uid)
            ? uid
            : null;
    }

    /// <summary>STATUS (MESSAGES UNSEEN UIDNEXT UIDVALIDITY) of a folder without selecting it.</summary>
    public async Task<ImapFolderStatus> StatusAsync(string folder, CancellationToken cancellationToken)
    {
        var handler = new ImapStatusHandler();
        var command = new ImapCommand("STATUS").Folder(folder).Atom("(MESSAGES UNSEEN UIDNEXT UIDVALIDITY)");
        await ExecuteOkAsync(command, handler, cancellationToken).ConfigureAwait(false);
        uint Item(string name) => handler.Items.GetValueOrDefault(name);
        return new ImapFolderStatus(folder, (int)Item("MESSAGES"), (int)Item("UNSEEN"), Item("UIDNEXT"), Item("UIDVALIDITY"));
    }

    /// <summary>LIST "" "*": every folder of the account with decoded names.</summary>
    public async Task<IReadOnlyList<ImapFolder>> ListFoldersAsync(CancellationToken cancellationToken)
    {
        var handler = new ImapListHandler();
        var command = new ImapCommand("LIST").String("").String("*");
        await ExecuteOkAsync(command, handler, cancellationToken).ConfigureAwait(false);
        return handler.Folders;
    }

    public Task CreateFolderAsync(string folder, CancellationToken cancellationToken) =>
        ExecuteOkAsync(new ImapCommand("CREATE").Folder(folder), cancellationToken);

    public Task DeleteFolderAsync(string folder, CancellationToken cancellationToken) =>
        ExecuteOkAsync(new ImapCommand("DELETE").Folder(folder), cancellationToken);

    /// <summary>
    /// IDLE until the server announces new mail or <paramref name="max"/> passes. Servers drop idle
    /// clients after 30 minutes, so call again with at most 29 minutes.
    /// </summary>
    public async Task<ImapIdleResult> IdleAsync(TimeSpan max, CancellationToken cancellationToken)
    {
        if (!_connection.State.Has("IDLE"))
        {
            throw new NotSupportedException("The server does not offer IDLE; poll with NoopAsync instead.");
        }

        var result = await _connection.IdleAsync(max, cancellationToken).ConfigureAwait(false);
        UpdateSelectedCounts();
        return result;
    }

    /// <summary>NOOP: keeps the session alive and collects pending EXISTS/EXPUNGE updates.</summary>
    public Task NoopAsync(CancellationToken cancellationToken) =>
        ExecuteOkAsync(new ImapCommand("NOOP"), cancellationToken);

    public async Task LogoutAsync(CancellationToken cancellationToken)
    {
        if (_connection.IsConnected)
        {
            await _connection.ExecuteAsync(new ImapCommand("LOGOUT"), null, cancellationToken).ConfigureAwait(false);
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task StartSessionAsync(CancellationToken cancellationToken)
    {
        var greeting = await _connection.ReadGreetingAsync(cancellationToken).ConfigureAwait(false);
        IsAuthenticated = greeting.Status == ImapStatus.PreAuth;
        if (greeting.Code?.Is("CAPABILITY") != true)
        {
            await RefreshCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_options.Security != ImapSecurity.StartTls)
        {
            return;
        }

        if (!_connection.State.Has("STARTTLS"))
        {
            throw new MailTlsException($"The IMAP server {_options.Host} does not offer STARTTLS; refusing to continue without TLS.");
        }

        await ExecuteOkAsync(new ImapCommand("STARTTLS"), cancellationToken).ConfigureAwait(false);
        await _connection.UpgradeAsync(async transport => await TlsHandshake.AuthenticateAsClientAsync(
            transport, _options.Host, _options.PinnedCertificateSha256, _options.Timeout, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        await RefreshCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CompleteAuthenticationAsync(ImapCommand command, string user, CancellationToken cancellationToken)
    {
        var completion = await _connection.ExecuteAsync(command, null, cancellationToken).ConfigureAwait(false);
        if (completion.Status == ImapStatus.Bad)
        {
            completion.ThrowIfFailed(command.Name);
        }

        if (completion.Status != ImapStatus.Ok)
        {
            throw new ImapAuthenticationException($"The IMAP server rejected the login for '{user}': {completion.Text}", completion.Code);
        }

        IsAuthenticated = true;
        if (completion.Code?.Is("CAPABILITY") != true)
        {
            await RefreshCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RefreshCapabilitiesAsync(CancellationToken cancellationToken) =>
        await ExecuteOkAsync(new ImapCommand("CAPABILITY"), cancellationToken).ConfigureAwait(false);

    private async Task<ImapFolderInfo> OpenFolderAsync(string verb, string folder, CancellationToken cancellationToken)
    {
        SelectedFolder = null;
        _connection.State.ResetSelection();
        var completion = await ExecuteOkAsync(new ImapCommand(verb).Folder(folder), cancellationToken).ConfigureAwait(false);
        var state = _connection.State;
        SelectedFolder = new ImapFolderInfo(
            folder, state.UidValidity, state.UidNext, state.Exists,
            completion.Code?.Is("READ-ONLY") == true || verb == "EXAMINE", state.PermanentFlags);
        return SelectedFolder;
    }

    private Task StoreAsync(ImapUidSet uids, string operation, IReadOnlyCollection<string> flags, CancellationToken cancellationToken) =>
        ExecuteOkAsync(new ImapCommand("UID STORE").Atom(uids.ToString()).Atom(operation).Atom(FlagList(flags)), cancellationToken);

    /// <summary>Flags go onto the wire as atoms, so anything that could break out of the list is refused.</summary>
    private static string FlagList(IReadOnlyCollection<string> flags)
    {
        foreach (var flag in flags)
        {
            if (flag.Length == 0 || flag.Any(c => c <= ' ' || c >= 127 || c is '(' or ')' or '{' or '"' or '%' or '*' or ']'))
            {
                throw new ArgumentException($"'{flag}' is not a valid IMAP flag or keyword.", nameof(flags));
            }
        }

        return $"({string.Join(' ', flags)})";
    }

    private Task<ImapCompletion> ExecuteOkAsync(ImapCommand command, CancellationToken cancellationToken) =>
        ExecuteOkAsync(command, null, cancellationToken);

    /// <summary>Runs a command that must succeed, then reflects EXISTS/EXPUNGE it brought in <see cref="SelectedFolder"/>.</summary>
    private async Task<ImapCompletion> ExecuteOkAsync(ImapCommand command, IImapUntaggedHandler? handler, CancellationToken cancellationToken)
    {
        var completion = (await _connection.ExecuteAsync(command, handler, cancellationToken).ConfigureAwait(false)).ThrowIfFailed(command.Name);
        UpdateSelectedCounts();
        return completion;
    }

    private void UpdateSelectedCounts()
    {
        if (SelectedFolder is not null)
        {
            SelectedFolder = SelectedFolder with { Exists = _connection.State.Exists };
        }
    }
}
