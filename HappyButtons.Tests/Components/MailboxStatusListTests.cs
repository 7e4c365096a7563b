using Bunit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Admin.Mailboxes;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Components;

public class MailboxStatusListTests
{
    [Fact]
    public async Task TheStatusList_ShowsAFetchError_Live_InTheReadersLanguage()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Jobs:Workers"] = "0" });
        var admin = await site.Services.GetRequiredService<UserStore>().FindByNameAsync("admin", CancellationToken.None);
        await using var context = ComponentContext.Create(site, admin);
        context.Services.GetRequiredService<HappyButtons.Web.Localization.UiText>().Use("en");
        var list = context.Render<MailboxStatusList>();
        Assert.Contains("Mailbox", list.Find("#mailbox-status-table thead").TextContent);

        await site.Services.GetRequiredService<MailboxRegistry>().RecordFetchAsync(Departments.Finance, false, "connection refused", CancellationToken.None);

        list.WaitForAssertion(() => Assert.Contains("connection refused", list.Find("tr[data-mailbox='finance'] .last-error").TextContent));
    }
}
