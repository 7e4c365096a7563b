using System.Net;
using System.Text;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Support;
using HappyButtons.Tests.Web;
using HappyButtons.Tests.Web.Messages;
using HappyButtons.Web.Workspace.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Hardening;

/// <summary>Issue 18, item 6: the prepared HTML of a mail is computed once, not on every request.</summary>
public class MailHtmlCacheTests(MailHtmlCacheTests.Site site) : IClassFixture<MailHtmlCacheTests.Site>
{
    public sealed class Site : HappyButtonsFactory, IAsyncLifetime
    {
        public const string Password = "Html-Passwort-2026";

        public HttpClient Sales { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            await CreateUserAsync("hanna", Password, false, Departments.Sales);
            Sales = await SignInAsync("hanna", Password, Departments.Sales);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private MailHtmlCache Cache => site.Services.GetRequiredService<MailHtmlCache>();

    [Fact]
    public async Task TheSecondRequest_ServesTheSameHtml_WithoutPreparingItAgain()
    {
        var id = await MailUploads.UploadAndWaitAsync(site.CreateClient(), Departments.Sales, LinkMail("Newsletter mit 20.000 Links", 20_000));
        var before = Cache.Prepared;

        var first = await site.Sales.GetAsync($"/sales/messages/{id}/html");
        var second = await site.Sales.GetAsync($"/sales/messages/{id}/html");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(html, await second.Content.ReadAsStringAsync());
        Assert.Contains("https://shop.example.com/p/19999", html);
        Assert.DoesNotContain("http-equiv", html);
        Assert.Equal(before + 1, Cache.Prepared);
        Assert.Equal(MessageFileEndpoints.HtmlContentSecurityPolicy, second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task SixViewersAtOnce_ShareOnePreparation()
    {
        var id = await MailUploads.UploadAndWaitAsync(site.CreateClient(), Departments.Sales, LinkMail("Katalog mit 5.000 Links", 5_000));
        var before = Cache.Prepared;

        var pages = await AtOnce.RunAsync(6, _ => site.Sales.GetStringAsync($"/sales/messages/{id}/html"));

        Assert.Single(pages.Distinct());
        Assert.Equal(before + 1, Cache.Prepared);
    }

    [Fact]
    public async Task TheCache_StillAsksWhoMaySeeTheMail()
    {
        var id = await MailUploads.UploadAndWaitAsync(site.CreateClient(), Departments.Sales, LinkMail("Nur für den Vertrieb", 10));
        await site.Sales.GetStringAsync($"/sales/messages/{id}/html");
        await site.CreateUserAsync("fiona", Site.Password, false, Departments.Finance);
        var finance = await site.SignInAsync("fiona", Site.Password, Departments.Finance);

        Assert.Equal(HttpStatusCode.Forbidden, (await finance.GetAsync($"/sales/messages/{id}/html")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.GetAsync($"/finance/messages/{id}/html")).StatusCode);
    }

    private static string LinkMail(string subject, int links)
    {
        var html = new StringBuilder("<html><head><meta http-equiv=\"refresh\" content=\"0; url=https://phish.example.com/\"></head><body><p>Angebote</p>");
        for (var i = 0; i < links; i++)
        {
            html.Append("<a href=\"https://shop.example.com/p/").Append(i).Append("\">Knopf ").Append(i).Append("</a> ");
            if (i % 20 == 19)
            {
                html.Append("\r\n");
            }
        }

        html.Append("</body></html>");
        return $"""
            From: Newsletter <news@shop.example.com>
            To: sales@happybuttons.de
            Subject: {subject}
            Date: Thu, 19 Nov 2026 09:15:00 +0100
            Message-ID: <{Guid.NewGuid():N}@shop.example.com>
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            {html}
            """;
    }
}
