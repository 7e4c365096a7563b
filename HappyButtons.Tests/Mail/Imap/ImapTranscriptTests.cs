using System.Text;
using HappyButtons.Engine.Mail.Imap;
using HappyButtons.Engine.Mail.Tls;

namespace HappyButtons.Tests.Mail.Imap;

/// <summary>Protocol behaviour replayed from recorded server transcripts (Dovecot-style responses).</summary>
public sealed class ImapTranscriptTests
{
    private const string Greeting = "* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ IDLE MOVE UIDPLUS AUTH=PLAIN] Dovecot ready.";

    internal static Task<ImapClient> ConnectAsync(ScriptedDuplexStream script, TimeSpan? timeout = null) =>
        ImapClient.ConnectAsync(script, new ImapClientOptions
        {
            Host = "imap.test",
            Security = ImapSecurity.None,
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
        }, CancellationToken.None);

    [Fact]
    public async Task Authenticate_SendsPlainWithInitialResponse_WhenSaslIrIsOffered()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 AUTHENTICATE PLAIN " + Convert.ToBase64String(Encoding.UTF8.GetBytes("\0sales@happybuttons.test\0s3cret")))
            .Server("A0001 OK [CAPABILITY IMAP4rev1 IDLE MOVE] Logged in");
        await using var client = await ConnectAsync(script);

        await client.AuthenticateAsync("sales@happybuttons.test", "s3cret", CancellationToken.None);

        Assert.True(client.IsAuthenticated);
        Assert.Contains("MOVE", client.Capabilities);
        script.AssertComplete();
    }

    [Fact]
    public async Task Authenticate_WaitsForContinuation_WhenSaslIrIsNotOffered()
    {
        var script = new ScriptedDuplexStream()
            .Server("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready")
            .Client("A0001 AUTHENTICATE PLAIN")
            .Server("+ ")
            .Client(Convert.ToBase64String(Encoding.UTF8.GetBytes("\0u\0p")))
            .Server("A0001 OK Logged in")
            .Client("A0002 CAPABILITY")
            .Server("* CAPABILITY IMAP4rev1 IDLE")
            .Server("A0002 OK done");
        await using var client = await ConnectAsync(script);

        await client.AuthenticateAsync("u", "p", CancellationToken.None);

        Assert.Contains("IDLE", client.Capabilities);
        script.AssertComplete();
    }

    [Fact]
    public async Task Authenticate_FallsBackToLogin_WithQuotedEscapes_WhenPlainIsNotAdvertised()
    {
        var script = new ScriptedDuplexStream()
            .Server("* OK [CAPABILITY IMAP4rev1] ready")
            .Client("A0001 LOGIN \"info\" \"pa\\\"ss\\\\word\"")
            .Server("A0001 OK [CAPABILITY IMAP4rev1 IDLE] Logged in");
        await using var client = await ConnectAsync(script);

        await client.AuthenticateAsync("info", "pa\"ss\\word", CancellationToken.None);

        script.AssertComplete();
    }

    [Fact]
    public async Task AccessToken_IsSentAsXoauth2_WithInitialResponse()
    {
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes("user=info@happybuttons.test\u0001auth=Bearer ya29.token\u0001\u0001"));
        var script = new ScriptedDuplexStream()
            .Server("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready")
            .Client("A0001 AUTHENTICATE XOAUTH2 " + token)
            .Server("A0001 OK [CAPABILITY IMAP4rev1 IDLE] Authenticated");
        await using var client = await ConnectAsync(script);

        await client.AuthenticateWithAccessTokenAsync("info@happybuttons.test", "ya29.token", CancellationToken.None);

        Assert.True(client.IsAuthenticated);
        script.AssertComplete();
    }

    [Fact]
    public async Task AccessToken_Rejected_AnswersTheErrorChallenge_AndThrowsAuthenticationException()
    {
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes("user=u\u0001auth=Bearer expired\u0001\u0001"));
        var script = new ScriptedDuplexStream()
            .Server("* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] ready")
            .Client("A0001 AUTHENTICATE XOAUTH2")
            .Server("+ ")
            .Client(token)
            .Server("+ eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiQmVhcmVyIn0=")
            .Client("")
            .Server("A0001 NO [AUTHENTICATIONFAILED] Invalid credentials")
            .Client("A0002 NOOP")
            .Server("A0002 OK done");
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<ImapAuthenticationException>(
            () => client.AuthenticateWithAccessTokenAsync("u", "expired", CancellationToken.None));
        await client.NoopAsync(CancellationToken.None);

        Assert.Equal("AUTHENTICATIONFAILED", ex.ResponseCode?.Name);
        script.AssertComplete();
    }

    [Fact]
    public async Task Authenticate_ThrowsAuthenticationException_WithResponseCode_WhenCredentialsAreWrong()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 AUTHENTICATE PLAIN " + Convert.ToBase64String(Encoding.UTF8.GetBytes("\0u\0wrong")))
            .Server("A0001 NO [AUTHENTICATIONFAILED] Authentication failed.");
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<ImapAuthenticationException>(() => client.AuthenticateAsync("u", "wrong", CancellationToken.None));

        Assert.Equal("AUTHENTICATIONFAILED", ex.ResponseCode?.Name);
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task AddFlags_RefusesFlagsThatWouldInjectProtocolSyntax()
    {
        var script = new ScriptedDuplexStream().Server(Greeting);
        await using var client = await ConnectAsync(script);

        await Assert.ThrowsAsync<ArgumentException>(
            () => client.AddFlagsAsync(ImapUidSet.Single(1), ["\\Seen) \r\nA0002 DELETE INBOX"], CancellationToken.None));
    }

    [Fact]
    public async Task Select_ReportsUidValidityUidNextAndExists()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 SELECT \"INBOX\"")
            .Server("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)")
            .Server("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.")
            .Server("* 172 EXISTS")
            .Server("* 1 RECENT")
            .Server("* OK [UNSEEN 12] Message 12 is first unseen")
            .Server("* OK [UIDVALIDITY 3857529045] UIDs valid")
            .Server("* OK [UIDNEXT 4392] Predicted next UID")
            .Server("A0001 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).");
        await using var client = await ConnectAsync(script);

        var folder = await client.SelectAsync("INBOX", CancellationToken.None);

        Assert.Equal(3857529045u, folder.UidValidity);
        Assert.Equal(4392u, folder.UidNext);
        Assert.Equal(172, folder.Exists);
        Assert.False(folder.ReadOnly);
        Assert.Contains("\\*", folder.PermanentFlags);
        script.AssertComplete();
    }

    [Fact]
    public async Task Search_ReturnsUids_WhileUntaggedUpdatesAreInterleaved()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 UID SEARCH UID 5:*")
            .Server("* 3 EXISTS")
            .Server("* 2 FETCH (FLAGS (\\Seen) UID 6)")
            .Server("* SEARCH 5 9 7")
            .Server("A0001 OK Search completed");
        await using var client = await ConnectAsync(script);

        var uids = await client.SearchAsync(ImapSearchQuery.UidFrom(5), CancellationToken.None);

        Assert.Equal([5u, 7u, 9u], uids);
        script.AssertComplete();
    }

    [Fact]
    public async Task FetchSummaries_ParsesFlagsDateSize_AndSkipsNestedListsQuotedEscapesAndLiterals()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 UID FETCH 1:2 (UID FLAGS INTERNALDATE RFC822.SIZE)")
            .Server("* 1 FETCH (UID 1 FLAGS (\\Seen $Forwarded) INTERNALDATE \" 7-Feb-2026 09:05:01 +0100\" RFC822.SIZE 1234 X-LABELS (\"a \\\"b\\\"\" NIL {3}")
            .ServerRaw("x)y"u8.ToArray())
            .Server(") BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1) \"mixed\"))")
            .Server("* 2 FETCH (UID 2 FLAGS () INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 0)")
            .Server("A0001 OK Fetch completed");
        await using var client = await ConnectAsync(script);

        var messages = await client.FetchSummariesAsync(ImapUidSet.Of([1, 2]), CancellationToken.None);

        Assert.Equal(2, messages.Count);
        Assert.Equal(["\\Seen", "$Forwarded"], messages[0].Flags);
        Assert.Equal(new DateTimeOffset(2026, 2, 7, 9, 5, 1, TimeSpan.FromHours(1)), messages[0].InternalDate);
        Assert.Equal(1234, messages[0].Size);
        Assert.Empty(messages[1].Flags!);
        Assert.Equal(new DateTimeOffset(1996, 7, 17, 2, 44, 25, TimeSpan.FromHours(-7)), messages[1].InternalDate);
        script.AssertComplete();
    }

    [Fact]
    public async Task FetchMessage_StreamsTheLiteralBytesExactly_IncludingProtocolLookalikes()
    {
        var body = Encoding.UTF8.GetBytes("Subject: Bestellung\r\n\r\n{5}\r\nA0001 OK fake\r\n* BYE no\r\n)\r\nÜmlaut ä\r\n");
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 UID FETCH 42 (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])")
            .Server($"* 3 FETCH (UID 42 FLAGS () INTERNALDATE \"01-Mar-2026 10:00:00 +0000\" RFC822.SIZE {body.Length} BODY[] {{{body.Length}}}")
            .ServerRaw(body)
            .Server(")")
            .Server("A0001 OK Fetch completed");
        await using var client = await ConnectAsync(script);
        using var destination = new MemoryStream();

        var message = await client.FetchMessageAsync(42, destination, CancellationToken.None);

        Assert.NotNull(message);
        Assert.Equal(42u, message.Uid);
        Assert.Equal(body, destination.ToArray());
        Assert.Equal(body.Length, message.BodyLength);
        script.AssertComplete();
    }

    [Fact]
    public async Task FetchMessages_StreamsAMessageLargerThanTheReaderBuffer_InPieces()
    {
        var body = new byte[3 * 1024 * 1024];
        new Random(7).NextBytes(body);
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 UID FETCH 1 (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])")
            .Server($"* 1 FETCH (UID 1 BODY[] {{{body.Length}}}")
            .ServerRaw(body)
            .Server(")")
            .Server("A0001 OK Fetch completed");
        await using var client = await ConnectAsync(script);
        var sink = new RecordingSink();

        var count = await client.FetchMessagesAsync(ImapUidSet.Single(1), sink, CancellationToken.None);

        Assert.Equal(1, count);
        Assert.Equal(body, Assert.Single(sink.Committed).Body);
        Assert.True(sink.LargestWrite <= 64 * 1024, $"largest single write was {sink.LargestWrite} bytes");
    }

    [Fact]
    public async Task FetchMessages_ThrowsProtocolException_AndDiscardsThePartialBody_WhenTheServerDisconnectsMidLiteral()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 UID FETCH 1:2 (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])")
            .Server("* 1 FETCH (UID 1 BODY[] {10}")
            .ServerRaw("complete!!"u8.ToArray())
            .Server(")")
            .Server("* 2 FETCH (UID 2 BODY[] {1000}")
            .ServerRaw("only the beginning"u8.ToArray())
            .Disconnect();
        await using var client = await ConnectAsync(script);
        var sink = new RecordingSink();

        var ex = await Assert.ThrowsAsync<ImapProtocolException>(
            () => client.FetchMessagesAsync(ImapUidSet.Of([1, 2]), sink, CancellationToken.None));

        Assert.Contains("middle of a literal", ex.Message);
        Assert.Equal([1u], sink.Committed.Select(c => c.Message.Uid));
        Assert.Equal(1, sink.Discarded);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task Command_RejectedWithNo_ThrowsCommandException_WithResponseCode_AndKeepsTheConnection()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 UID MOVE 3 \"Processed\"")
            .Server("A0001 NO [TRYCREATE] Mailbox doesn't exist: Processed")
            .Client("A0002 NOOP")
            .Server("A0002 OK NOOP completed");
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<ImapCommandException>(
            () => client.MoveAsync(ImapUidSet.Single(3), "Processed", CancellationToken.None));
        await client.NoopAsync(CancellationToken.None);

        Assert.Equal("TRYCREATE", ex.ResponseCode?.Name);
        Assert.Equal(ImapStatus.No, ex.Status);
        script.AssertComplete();
    }

    [Fact]
    public async Task Move_FallsBackToCopyDeleteAndUidExpunge_WhenMoveIsNotOffered()
    {
        var script = new ScriptedDuplexStream()
            .Server("* OK [CAPABILITY IMAP4rev1 UIDPLUS] ready")
            .Client("A0001 SELECT \"INBOX\"")
            .Server("* 5 EXISTS")
            .Server("A0001 OK [READ-WRITE] Select completed")
            .Client("A0002 UID COPY 3:4,9 \"Processed\"")
            .Server("A0002 OK [COPYUID 1 3:4,9 1:3] Copy completed")
            .Client("A0003 UID STORE 3:4,9 +FLAGS.SILENT (\\Deleted)")
            .Server("A0003 OK Store completed")
            .Client("A0004 UID EXPUNGE 3:4,9")
            .Server("* 3 EXPUNGE")
            .Server("* 3 EXPUNGE")
            .Server("* 3 EXPUNGE")
            .Server("A0004 OK Expunge completed");
        await using var client = await ConnectAsync(script);
        await client.SelectAsync("INBOX", CancellationToken.None);

        await client.MoveAsync(ImapUidSet.Of([9, 3, 4]), "Processed", CancellationToken.None);

        Assert.Equal(2, client.SelectedFolder!.Exists);
        script.AssertComplete();
    }

    [Fact]
    public async Task Append_UsesNonSynchronizingLiteral_WhenLiteralPlusIsOffered_AndReturnsAppendUid()
    {
        var message = "Subject: hi\r\n\r\nbody\r\n"u8.ToArray();
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client($"A0001 APPEND \"Sent\" (\\Seen) {{{message.Length}+}}")
            .ClientRaw([.. message, .. "\r\n"u8.ToArray()])
            .Server("A0001 OK [APPENDUID 1700000000 12] Append completed.");
        await using var client = await ConnectAsync(script);

        var uid = await client.AppendAsync("Sent", new MemoryStream(message), ["\\Seen"], null, CancellationToken.None);

        Assert.Equal(12u, uid);
        script.AssertComplete();
    }

    [Fact]
    public async Task Append_WaitsForContinuation_WhenLiteralPlusIsNotOffered_AndEncodesNonAsciiFolderNames()
    {
        var message = "x"u8.ToArray();
        var script = new ScriptedDuplexStream()
            .Server("* OK [CAPABILITY IMAP4rev1] ready")
            .Client("A0001 APPEND \"Gesendete &AMQ-nderungen\" \"01-Mar-2026 10:00:00 +0100\" {1}")
            .Server("+ OK")
            .Client("x")
            .Server("A0001 OK Append completed.");
        await using var client = await ConnectAsync(script);

        var uid = await client.AppendAsync("Gesendete Änderungen", new MemoryStream(message), null,
            new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)), CancellationToken.None);

        Assert.Null(uid);
        script.AssertComplete();
    }

    [Fact]
    public async Task Idle_ReturnsNewMail_AndEndsWithDone_WhenExistsArrives()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 IDLE")
            .Server("+ idling")
            .Server("* 4 EXISTS")
            .Client("DONE")
            .Server("A0001 OK Idle completed.")
            .Client("A0002 NOOP")
            .Server("A0002 OK NOOP completed");
        await using var client = await ConnectAsync(script);

        var result = await client.IdleAsync(TimeSpan.FromMinutes(29), CancellationToken.None);
        await client.NoopAsync(CancellationToken.None);

        Assert.Equal(ImapIdleResult.NewMail, result);
        script.AssertComplete();
    }

    [Fact]
    public async Task Idle_ReturnsTimeElapsed_AndLeavesTheConnectionUsable_WhenNothingArrives()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 IDLE")
            .Server("+ idling")
            .Client("DONE")
            .Server("A0001 OK Idle completed.")
            .Client("A0002 NOOP")
            .Server("A0002 OK NOOP completed");
        await using var client = await ConnectAsync(script);

        var result = await client.IdleAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        await client.NoopAsync(CancellationToken.None);

        Assert.Equal(ImapIdleResult.TimeElapsed, result);
        script.AssertComplete();
    }

    [Fact]
    public async Task Idle_EndsWithDone_WhenTheCallerCancels_AndTheConnectionStaysUsable()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 IDLE")
            .Server("+ idling")
            .Client("DONE")
            .Server("A0001 OK Idle completed.")
            .Client("A0002 NOOP")
            .Server("A0002 OK NOOP completed");
        await using var client = await ConnectAsync(script);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.IdleAsync(TimeSpan.FromMinutes(29), cancel.Token));
        await client.NoopAsync(CancellationToken.None);

        Assert.True(client.IsConnected);
        script.AssertComplete();
    }

    [Fact]
    public async Task Idle_SurfacesTheServersAutologout_AsProtocolException()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 IDLE")
            .Server("+ idling")
            .Server("* BYE Disconnected for inactivity.")
            .Disconnect();
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<ImapProtocolException>(() => client.IdleAsync(TimeSpan.FromMinutes(29), CancellationToken.None));

        Assert.Contains("Disconnected for inactivity", ex.Message);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task Bye_ThenDisconnect_SurfacesAsProtocolException_WithTheServersReason()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 NOOP")
            .Server("* BYE Server shutting down.")
            .Disconnect();
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<ImapProtocolException>(() => client.NoopAsync(CancellationToken.None));

        Assert.Contains("Server shutting down", ex.Message);
        await Assert.ThrowsAsync<ImapProtocolException>(() => client.NoopAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SilentServer_TimesOut_AsProtocolException()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 NOOP")
            .Client("never sent by the client");
        await using var client = await ConnectAsync(script, TimeSpan.FromMilliseconds(300));

        var ex = await Assert.ThrowsAsync<ImapProtocolException>(() => client.NoopAsync(CancellationToken.None));

        Assert.Contains("No response", ex.Message);
    }

    [Fact]
    public async Task StartTls_IsRequired_WhenTheServerDoesNotOfferIt()
    {
        var script = new ScriptedDuplexStream().Server("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready");

        await Assert.ThrowsAsync<MailTlsException>(() => ImapClient.ConnectAsync(script, new ImapClientOptions
        {
            Host = "imap.test",
            Security = ImapSecurity.StartTls,
        }, CancellationToken.None));
    }

    [Fact]
    public async Task StartTls_IsAborted_WhenTheServerInjectsDataBeforeTheHandshake()
    {
        var script = new ScriptedDuplexStream()
            .Server("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready")
            .Client("A0001 STARTTLS")
            .ServerRaw("A0001 OK Begin TLS negotiation now.\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n"u8.ToArray());

        var ex = await Assert.ThrowsAsync<ImapProtocolException>(() => ImapClient.ConnectAsync(script, new ImapClientOptions
        {
            Host = "imap.test",
            Security = ImapSecurity.StartTls,
        }, CancellationToken.None));

        Assert.Contains("before the TLS handshake", ex.Message);
    }

    [Fact]
    public async Task ASecondCommand_WhileOneIsRunning_IsRefused_WithoutDisturbingTheFirst()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 NOOP")
            .Client("never");
        await using var client = await ConnectAsync(script, TimeSpan.FromMilliseconds(500));

        var first = client.NoopAsync(CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.NoopAsync(CancellationToken.None));

        await Assert.ThrowsAsync<ImapProtocolException>(() => first);
    }

    [Fact]
    public async Task Caller_Cancellation_Is_Honoured_WhileWaitingForAResponse()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 NOOP")
            .Client("never");
        await using var client = await ConnectAsync(script);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.NoopAsync(cancel.Token));
    }

    [Fact]
    public async Task Status_ReportsCountsAndUids_WithoutSelecting()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 STATUS \"Gesendete &AMQ-nderungen\" (MESSAGES UNSEEN UIDNEXT UIDVALIDITY)")
            .Server("* STATUS \"Gesendete &AMQ-nderungen\" (MESSAGES 231 UIDNEXT 44292 UIDVALIDITY 1700000000 UNSEEN 3)")
            .Server("A0001 OK Status completed.");
        await using var client = await ConnectAsync(script);

        var status = await client.StatusAsync("Gesendete Änderungen", CancellationToken.None);

        Assert.Equal(new ImapFolderStatus("Gesendete Änderungen", 231, 3, 44292, 1700000000), status);
        Assert.Null(client.SelectedFolder);
        script.AssertComplete();
    }

    [Fact]
    public async Task ListFolders_DecodesNamesFromAtomsQuotedStringsAndLiterals()
    {
        var script = new ScriptedDuplexStream()
            .Server(Greeting)
            .Client("A0001 LIST \"\" \"*\"")
            .Server("* LIST (\\HasNoChildren) \"/\" INBOX")
            .Server("* LIST (\\HasNoChildren \\Sent) \"/\" \"Gesendete Elemente\"")
            .Server("* LIST (\\Noselect \\HasChildren) NIL {18}")
            .ServerRaw("Entw&APw-rfe &- Alt"u8.ToArray()[..18])
            .Server("")
            .Server("A0001 OK List completed");
        await using var client = await ConnectAsync(script);

        var folders = await client.ListFoldersAsync(CancellationToken.None);

        Assert.Equal(["INBOX", "Gesendete Elemente", "Entwürfe & Al"], folders.Select(f => f.Name));
        Assert.Contains("\\Sent", folders[1].Attributes);
        Assert.False(folders[2].CanSelect);
        Assert.Null(folders[2].Delimiter);
        script.AssertComplete();
    }

    internal sealed class RecordingSink : IImapMessageSink
    {
        public List<(ImapFetchedMessage Message, byte[] Body)> Committed { get; } = [];

        public int Discarded { get; private set; }

        public int LargestWrite { get; private set; }

        public Stream OpenBody(int sequenceNumber, long length) => new MeasuringStream(this);

        public ValueTask CommitAsync(ImapFetchedMessage message, Stream body, CancellationToken cancellationToken)
        {
            Committed.Add((message, ((MemoryStream)body).ToArray()));
            return ValueTask.CompletedTask;
        }

        public void Discard(Stream body) => Discarded++;

        private sealed class MeasuringStream(RecordingSink owner) : MemoryStream
        {
            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                owner.LargestWrite = Math.Max(owner.LargestWrite, buffer.Length);
                return base.WriteAsync(buffer, cancellationToken);
            }
        }
    }
}
