using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace HappyButtons.Tests.Web.Messages;

/// <summary>Feeds raw mail through the upload API and waits until the pipeline has finished with it.</summary>
public static class MailUploads
{
    public static async Task<long> UploadAsync(HttpClient client, string mailbox, byte[] raw)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/messages?mailbox={mailbox}") { Content = new ByteArrayContent(raw) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        request.Headers.Add("X-Api-Key", HappyButtonsFactory.ApiKey);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<Accepted>();
        return accepted!.Id;
    }

    public static Task<long> UploadAsync(HttpClient client, string mailbox, string raw) =>
        UploadAsync(client, mailbox, Encoding.UTF8.GetBytes(raw.ReplaceLineEndings("\r\n")));

    /// <summary>Polls the message API until the status is final (not received/processing); returns that status.</summary>
    public static async Task<string> WaitUntilProcessedAsync(HttpClient client, long id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(45));
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/messages/{id}");
            request.Headers.Add("X-Api-Key", HappyButtonsFactory.ApiKey);
            var message = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<Status>();
            if (message!.status is not ("received" or "processing"))
            {
                return message.status;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Message {id} is still '{message.status}' after the timeout.");
            }

            await Task.Delay(200);
        }
    }

    public static async Task<long> UploadAndWaitAsync(HttpClient client, string mailbox, string raw)
    {
        var id = await UploadAsync(client, mailbox, raw);
        await WaitUntilProcessedAsync(client, id);
        return id;
    }

    public static async Task<long> UploadAndWaitAsync(HttpClient client, string mailbox, byte[] raw)
    {
        var id = await UploadAsync(client, mailbox, raw);
        await WaitUntilProcessedAsync(client, id);
        return id;
    }

    /// <summary>A plain text mail; <paramref name="extraHeaders"/> are inserted before the body.</summary>
    public static string TextMail(string subject, string body, string from = "Erika Muster <erika.muster@modehaus-berger.de>") => $"""
        From: {from}
        To: sales@happybuttons.de
        Subject: {subject}
        Date: Thu, 19 Nov 2026 09:15:00 +0100
        Message-ID: <{Guid.NewGuid():N}@modehaus-berger.de>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: 8bit

        {body}
        """;

    private sealed record Accepted(long Id);

    private sealed record Status(string status);
}
