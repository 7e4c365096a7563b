using System.Text;
using HappyButtons.Engine.Mail.Imap;

namespace HappyButtons.Tests.Mail.Imap;

/// <summary>The tokenizer must not care where the network splits the server's bytes.</summary>
public sealed class ImapFragmentedReadTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task FetchAndSelect_ParseTheSame_WhateverTheReadSizes(int readSize)
    {
        var body = Encoding.UTF8.GetBytes("Subject: Stückliste\r\n\r\n\"quoted\" (paren) [bracket] {3}\r\n");
        var script = new ScriptedDuplexStream { MaxReadSize = readSize }
            .Server("* OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN SASL-IR] ready")
            .Client("A0001 SELECT \"INBOX\"")
            .Server("* 2 EXISTS")
            .Server("* OK [UIDVALIDITY 77] ok")
            .Server("* OK [UIDNEXT 9] ok")
            .Server("A0001 OK [READ-WRITE] done")
            .Client("A0002 UID FETCH 8 (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])")
            .Server($"* 2 FETCH (UID 8 FLAGS (\\Seen) INTERNALDATE \"01-Jan-2026 00:00:00 +0000\" RFC822.SIZE {body.Length} X-NOTE \"a \\\"q\\\" \\\\ b\" BODY[] {{{body.Length}}}")
            .ServerRaw(body)
            .Server(" X-EMPTY NIL)")
            .Server("A0002 OK done");
        await using var client = await ImapTranscriptTests.ConnectAsync(script);
        using var destination = new MemoryStream();

        var folder = await client.SelectAsync("INBOX", CancellationToken.None);
        var message = await client.FetchMessageAsync(8, destination, CancellationToken.None);

        Assert.Equal((77u, 9u, 2), (folder.UidValidity, folder.UidNext, folder.Exists));
        Assert.Equal(body, destination.ToArray());
        Assert.Equal(["\\Seen"], message!.Flags);
        script.AssertComplete();
    }
}
