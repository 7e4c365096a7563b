using System.Text;
using HappyButtons.Engine.Mail.Smtp;
using HappyButtons.Tests.Mail.Imap;

namespace HappyButtons.Tests.Mail.Smtp;

/// <summary>Submission behaviour replayed from recorded Postfix-style transcripts.</summary>
public sealed class SmtpTranscriptTests
{
    private static readonly SmtpEnvelope ToSales = new("info@happybuttons.test", ["sales@happybuttons.test"]);

    private static Task<SmtpClient> ConnectAsync(ScriptedDuplexStream script, TimeSpan? timeout = null) =>
        SmtpClient.ConnectAsync(script, new SmtpClientOptions
        {
            Host = "smtp.test",
            Security = SmtpSecurity.None,
            ClientName = "hb.test",
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
        }, CancellationToken.None);

    private static ScriptedDuplexStream Greeted(params string[] extensions)
    {
        var script = new ScriptedDuplexStream()
            .Server("220 mx.test ESMTP Postfix")
            .Client("EHLO hb.test");
        var lines = new[] { "mx.test" }.Concat(extensions).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            script.Server($"250{(i == lines.Length - 1 ? ' ' : '-')}{lines[i]}");
        }

        return script;
    }

    [Fact]
    public async Task Send_DotStuffsLines_NormalisesBareLf_AndTerminatesTheData()
    {
        var raw = "Subject: x\r\n\r\n.hidden\nline\r\n..two\r\nend"u8.ToArray();
        var script = Greeted("SIZE 10240000", "8BITMIME")
            .Client($"MAIL FROM:<info@happybuttons.test> SIZE={raw.Length} BODY=8BITMIME")
            .Server("250 2.1.0 Ok")
            .Client("RCPT TO:<sales@happybuttons.test>")
            .Server("250 2.1.5 Ok")
            .Client("DATA")
            .Server("354 End data with <CR><LF>.<CR><LF>")
            .ClientRaw("Subject: x\r\n\r\n..hidden\r\nline\r\n...two\r\nend\r\n.\r\n"u8.ToArray())
            .Server("250 2.0.0 Ok: queued as 4ABC");
        await using var client = await ConnectAsync(script);

        var result = await client.SendAsync(ToSales, new MemoryStream(raw), CancellationToken.None);

        Assert.Equal(250, result.DataReply.Code);
        Assert.True(Assert.Single(result.Recipients).Accepted);
        script.AssertComplete();
    }

    [Fact]
    public async Task Send_ReusesTheConnection_WithRsetBetweenMessages_AndPipelinesWhenOffered()
    {
        var script = Greeted("PIPELINING")
            .Client("MAIL FROM:<info@happybuttons.test>")
            .Client("RCPT TO:<sales@happybuttons.test>")
            .Client("DATA")
            .Server("250 Ok").Server("250 Ok").Server("354 go")
            .Client("a\r\n.")
            .Server("250 queued 1")
            .Client("RSET")
            .Client("MAIL FROM:<info@happybuttons.test>")
            .Client("RCPT TO:<sales@happybuttons.test>")
            .Client("DATA")
            .Server("250 Ok").Server("250 Ok").Server("250 Ok").Server("354 go")
            .Client("b\r\n.")
            .Server("250 queued 2");
        await using var client = await ConnectAsync(script);

        await client.SendAsync(ToSales, new MemoryStream("a"u8.ToArray()), CancellationToken.None);
        var second = await client.SendAsync(ToSales, new MemoryStream("b"u8.ToArray()), CancellationToken.None);

        Assert.Equal("queued 2", second.DataReply.Text);
        script.AssertComplete();
    }

    [Fact]
    public async Task Send_ReportsEachRecipient_AndSendsToTheAcceptedOnes()
    {
        var envelope = new SmtpEnvelope("info@happybuttons.test", ["sales@happybuttons.test", "nobody@happybuttons.test"]);
        var script = Greeted()
            .Client("MAIL FROM:<info@happybuttons.test>").Server("250 Ok")
            .Client("RCPT TO:<sales@happybuttons.test>").Server("250 Ok")
            .Client("RCPT TO:<nobody@happybuttons.test>").Server("550 5.1.1 <nobody@happybuttons.test>: Recipient address rejected")
            .Client("DATA").Server("354 go")
            .Client("x\r\n.").Server("250 Ok");
        await using var client = await ConnectAsync(script);

        var result = await client.SendAsync(envelope, new MemoryStream("x"u8.ToArray()), CancellationToken.None);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(550, rejected.Code);
        Assert.Contains("Recipient address rejected", rejected.Text);
        script.AssertComplete();
    }

    [Fact]
    public async Task Send_ClassifiesAllRecipientsGreylisted_AsTransient()
    {
        var script = Greeted()
            .Client("MAIL FROM:<info@happybuttons.test>").Server("250 Ok")
            .Client("RCPT TO:<sales@happybuttons.test>").Server("450 4.2.0 Greylisted, try again later")
            .Client("DATA").Server("554 5.5.1 Error: no valid recipients");
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<SmtpException>(() => client.SendAsync(ToSales, new MemoryStream("x"u8.ToArray()), CancellationToken.None));

        Assert.Equal(SmtpFailureKind.Transient, ex.Kind);
        Assert.Equal(450, Assert.Single(ex.Recipients).Code);
    }

    [Fact]
    public async Task Send_ClassifiesA5xxDataReply_AsPermanent()
    {
        var script = Greeted()
            .Client("MAIL FROM:<info@happybuttons.test>").Server("250 Ok")
            .Client("RCPT TO:<sales@happybuttons.test>").Server("250 Ok")
            .Client("DATA").Server("354 go")
            .Client("x\r\n.").Server("554 5.7.1 Rejected by content filter");
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<SmtpException>(() => client.SendAsync(ToSales, new MemoryStream("x"u8.ToArray()), CancellationToken.None));

        Assert.Equal(SmtpFailureKind.Permanent, ex.Kind);
        Assert.Equal(554, ex.Reply?.Code);
    }

    [Fact]
    public async Task Send_RefusesBeforeSending_WhenTheMessageExceedsTheServersSize()
    {
        var script = Greeted("SIZE 10");
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<SmtpException>(() => client.SendAsync(ToSales, new MemoryStream(new byte[11]), CancellationToken.None));

        Assert.Equal(SmtpFailureKind.Permanent, ex.Kind);
        script.AssertComplete();
    }

    [Fact]
    public async Task Send_DeclaresSmtpUtf8_ForNonAsciiAddresses()
    {
        var envelope = new SmtpEnvelope("info@happybuttons.test", ["jürgen@knöpfe.test"]);
        var script = Greeted("SMTPUTF8")
            .Client("MAIL FROM:<info@happybuttons.test> SMTPUTF8").Server("250 Ok")
            .Client("RCPT TO:<jürgen@knöpfe.test>").Server("250 Ok")
            .Client("DATA").Server("354 go")
            .Client("x\r\n.").Server("250 Ok");
        await using var client = await ConnectAsync(script);

        await client.SendAsync(envelope, new MemoryStream("x\r\n"u8.ToArray()), CancellationToken.None);

        script.AssertComplete();
    }

    [Fact]
    public async Task Connect_FallsBackToHelo_WhenEhloIsNotUnderstood()
    {
        var script = new ScriptedDuplexStream()
            .Server("220 old.test SMTP")
            .Client("EHLO hb.test").Server("502 Command not implemented")
            .Client("HELO hb.test").Server("250 old.test");
        await using var client = await ConnectAsync(script);

        Assert.False(client.Capabilities.Has("PIPELINING"));
        script.AssertComplete();
    }

    [Fact]
    public async Task Authenticate_UsesLogin_WhenPlainIsNotOffered_AndRejectionIsPermanent()
    {
        var script = Greeted("AUTH LOGIN")
            .Client("AUTH LOGIN").Server("334 VXNlcm5hbWU6")
            .Client(Convert.ToBase64String(Encoding.UTF8.GetBytes("info"))).Server("334 UGFzc3dvcmQ6")
            .Client(Convert.ToBase64String(Encoding.UTF8.GetBytes("bad"))).Server("535 5.7.8 Error: authentication failed");
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<SmtpException>(() => client.AuthenticateAsync("info", "bad", CancellationToken.None));

        Assert.Equal(SmtpFailureKind.Permanent, ex.Kind);
        script.AssertComplete();
    }

    [Fact]
    public async Task AccessToken_Rejected_AnswersTheChallenge_AndFailsPermanently()
    {
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes("user=info\u0001auth=Bearer old\u0001\u0001"));
        var script = Greeted("AUTH LOGIN PLAIN XOAUTH2")
            .Client("AUTH XOAUTH2 " + token).Server("334 eyJzdGF0dXMiOiI0MDEifQ==")
            .Client("").Server("535 5.7.3 Authentication unsuccessful");
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<SmtpException>(() => client.AuthenticateWithAccessTokenAsync("info", "old", CancellationToken.None));

        Assert.Equal(SmtpFailureKind.Permanent, ex.Kind);
        Assert.Equal(535, ex.Reply?.Code);
        script.AssertComplete();
    }

    [Fact]
    public async Task Authenticate_UsesPlain_WhenOffered()
    {
        var script = Greeted("AUTH PLAIN LOGIN")
            .Client("AUTH PLAIN " + Convert.ToBase64String(Encoding.UTF8.GetBytes("\0info\0pw"))).Server("235 2.7.0 Authentication successful");
        await using var client = await ConnectAsync(script);

        await client.AuthenticateAsync("info", "pw", CancellationToken.None);

        script.AssertComplete();
    }

    [Fact]
    public async Task ConnectionLostDuringData_IsTransient()
    {
        var script = Greeted()
            .Client("MAIL FROM:<info@happybuttons.test>").Server("250 Ok")
            .Client("RCPT TO:<sales@happybuttons.test>").Server("250 Ok")
            .Client("DATA").Server("354 go")
            .Client("x\r\n.")
            .Disconnect();
        await using var client = await ConnectAsync(script);

        var ex = await Assert.ThrowsAsync<SmtpException>(() => client.SendAsync(ToSales, new MemoryStream("x"u8.ToArray()), CancellationToken.None));

        Assert.Equal(SmtpFailureKind.Transient, ex.Kind);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task SilentServer_TimesOut_AsTransient()
    {
        var script = Greeted().Client("NOOP").Client("never");
        await using var client = await ConnectAsync(script, TimeSpan.FromMilliseconds(300));

        var ex = await Assert.ThrowsAsync<SmtpException>(() => client.NoopAsync(CancellationToken.None));

        Assert.Equal(SmtpFailureKind.Transient, ex.Kind);
    }

    [Fact]
    public async Task StartTls_IsRequired_WhenTheServerDoesNotOfferIt()
    {
        var script = Greeted("PIPELINING");

        var ex = await Assert.ThrowsAsync<SmtpException>(() => SmtpClient.ConnectAsync(script, new SmtpClientOptions
        {
            Host = "smtp.test",
            Security = SmtpSecurity.StartTls,
            ClientName = "hb.test",
        }, CancellationToken.None));

        Assert.Contains("STARTTLS", ex.Message);
    }

    [Theory]
    [InlineData("a\r\nb", "a\r\nb\r\n.\r\n")]
    [InlineData(".\r\n", "..\r\n.\r\n")]
    [InlineData("x\n.\n", "x\r\n..\r\n.\r\n")]
    [InlineData("", ".\r\n")]
    public async Task DataEncoder_ProducesTransparentData(string input, string expected)
    {
        using var output = new MemoryStream();

        await SmtpDataEncoder.WriteAsync(new MemoryStream(Encoding.ASCII.GetBytes(input)), output, null, CancellationToken.None);

        Assert.Equal(expected, Encoding.ASCII.GetString(output.ToArray()));
    }
}
