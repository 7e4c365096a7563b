using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Tests.Fixtures.Databases;
using HappyButtons.Tests.Support;
using HappyButtons.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Intake.Pipeline;

/// <summary>The running application, plus the shortcuts pipeline tests need: drop mail, poll now, wait for processing.</summary>
public class PipelineTestSite(IDictionary<string, string?>? settings = null, string? dataDirectory = null, TestProvider provider = TestProvider.Sqlite)
    : HappyButtonsFactory(OnProvider(settings, provider), dataDirectory)
{
    /// <summary>
    /// The settings with a new PostgreSQL database of the shared test server when <paramref name="provider"/> asks for it
    /// (and the settings do not name a database already, as a restarted site's do).
    /// </summary>
    public static IDictionary<string, string?> OnProvider(IDictionary<string, string?>? settings, TestProvider provider)
    {
        var result = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (provider == TestProvider.PostgreSql && !result.ContainsKey("HappyButtons:Database:ConnectionString"))
        {
            result["HappyButtons:Database:Provider"] = "PostgreSql";
            result["HappyButtons:Database:ConnectionString"] = PostgresServer.GetAsync().GetAwaiter().GetResult().CreateDatabaseAsync().GetAwaiter().GetResult();
        }

        return result;
    }

    public MaildirMailbox Maildir(string department) =>
        new(Services.GetRequiredService<MailboxRegistry>().MaildirRoot(department));

    /// <summary>Reads the mailbox now and returns when that poll is done (the watcher may already have read it).</summary>
    public Task PollNowAsync(string department) =>
        Services.GetRequiredService<MailboxPolling>().PollAsync(department, CancellationToken.None);

    public HttpClient ApiClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public static HttpContent Rfc822(string raw) => Rfc822(Encoding.UTF8.GetBytes(raw));

    public static HttpContent Rfc822(byte[] raw)
    {
        var content = new ByteArrayContent(raw);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return content;
    }

    public async Task<long> UploadAsync(string mailbox, string raw)
    {
        var response = await ApiClient().PostAsync($"/api/messages?mailbox={mailbox}", Rfc822(raw));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, long>>())!["id"];
    }

    /// <summary>Waits until the message has left received/processing.</summary>
    public async Task<MessageDetail> WaitProcessedAsync(long id, TimeSpan? timeout = null)
    {
        var queries = Services.GetRequiredService<MessageQueries>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var message = await queries.GetAsync(id, CancellationToken.None);
            if (message is not null && message.Status is not (MessageStatus.Received or MessageStatus.Processing))
            {
                return message;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Message {id} is still '{message?.Status}' after the timeout.");
            }

            await Task.Delay(50);
        }
    }

    public async Task<IReadOnlyList<MessageSummary>> WaitForMessagesAsync(string department, int count, TimeSpan? timeout = null)
    {
        var queries = Services.GetRequiredService<MessageQueries>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var page = await queries.ListAsync(new MessageFilter(Mailbox: department, PageSize: 200), CancellationToken.None);
            if (page.Items.Count >= count && page.Items.All(m => m.Status is not (MessageStatus.Received or MessageStatus.Processing)))
            {
                return page.Items;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{department}: {page.Items.Count} of {count} messages after the timeout.");
            }

            await Task.Delay(50);
        }
    }

    public static string SimpleMail(string subject, string body, string from = "Erika Muster <erika@modehaus-berger.de>", string? messageId = null) =>
        $"From: {from}\r\nTo: sales@happybuttons.de\r\nSubject: {subject}\r\nDate: Fri, 20 Nov 2026 10:15:00 +0100\r\n" +
        $"Message-ID: <{messageId ?? Guid.NewGuid().ToString("N")}@modehaus-berger.de>\r\nMIME-Version: 1.0\r\n" +
        $"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n";
}
