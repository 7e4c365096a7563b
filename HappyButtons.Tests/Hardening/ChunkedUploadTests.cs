using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HappyButtons.Tests.Intake.Pipeline;

namespace HappyButtons.Tests.Hardening;

/// <summary>
/// Issue 18, item 8: an upload sent with chunked transfer encoding (no Content-Length) is measured by its content, not by
/// its chunk framing, on the real Kestrel server: just under the limit is accepted, just over it gets 413.
/// </summary>
public sealed class ChunkedUploadTests
{
    private const int Limit = 3 * 1024 * 1024;

    [Fact]
    public async Task AChunkedUploadUnderTheLimit_IsAccepted_AndOneOverTheLimitIs413()
    {
        await using var site = new PipelineTestSite(new Dictionary<string, string?>
        {
            ["HappyButtons:Mail:MaxMessageBytes"] = Limit.ToString(), ["HappyButtons:Pipeline:Workers"] = "0",
        });
        var address = site.StartKestrel();
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Add("X-Api-Key", PipelineTestSite.ApiKey);

        var under = await client.PostAsync("/api/messages?mailbox=sales", Chunked(Limit - 100));
        var over = await client.PostAsync("/api/messages?mailbox=sales", Chunked(Limit + 100));

        Assert.True(under.StatusCode == HttpStatusCode.Accepted, await under.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
    }

    /// <summary>A mail of exactly <paramref name="size"/> bytes, sent in 8 KB chunks without a Content-Length.</summary>
    private static HttpContent Chunked(int size)
    {
        var header = Encoding.ASCII.GetBytes($"From: a@example.test\r\nTo: sales@happybuttons.de\r\nSubject: Gross {Guid.NewGuid():N}\r\n\r\n");
        var raw = new byte[size];
        header.CopyTo(raw, 0);
        for (var i = header.Length; i < size; i++)
        {
            raw[i] = (i % 78) == 77 ? (byte)'\n' : (byte)'x';
        }

        var content = new StreamContent(new NoLengthStream(raw), 8192);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return content;
    }

    /// <summary>A readable stream that does not tell its length, so HttpClient must send it chunked.</summary>
    private sealed class NoLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
