#pragma warning disable MUD0012 // the test reads what the composer shows
using Bunit;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Conversations;
using HappyButtons.Web.Inbox;
using MudBlazor;

namespace HappyButtons.Tests.Components;

/// <summary>A site whose replies may attach at most 10 bytes, so "too large" can be tried with a small file.</summary>
public sealed class TightSite() : ConversationSite(new Dictionary<string, string?> { ["HappyButtons:Conversations:MaxAttachmentBytes"] = "10" });

/// <summary>The work queue and the reply composer as components, on the real engine.</summary>
public sealed class InboxComponentTests(TightSite site) : IClassFixture<TightSite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<AppUser> ClerkAsync(params string[] departments) =>
        await site.CreateUserAsync("c" + Guid.NewGuid().ToString("N")[..8], "Passwort-Clerk-2026!", false, departments.Length == 0 ? [Departments.Sales] : departments);

    private async Task<ConversationDetail> ConversationAsync(string subject, string from = "Erika Muster <erika@modehaus-berger.de>", string? attachment = null)
    {
        var raw = attachment is null
            ? ConversationSite.Mail(subject, ConversationSite.Order, from)
            : $"From: {from}\r\nTo: sales@happybuttons.de\r\nSubject: {subject}\r\nMessage-ID: <{Guid.NewGuid():N}@modehaus-berger.de>\r\nMIME-Version: 1.0\r\n" +
              "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + ConversationSite.Order +
              $"\r\n--b\r\nContent-Type: text/plain; name=\"liste.txt\"\r\nContent-Disposition: attachment; filename=\"liste.txt\"\r\n\r\n{attachment}\r\n--b--\r\n";
        return (await site.ReceiveAsync("sales", raw)).Conversation;
    }

    [Fact]
    public async Task TheQueue_ListsTheDepartmentsOpenConversations_WithTicketAndBadges_AndShowsAColleaguesClaimLive()
    {
        var conversation = await ConversationAsync("Queue " + Guid.NewGuid().ToString("N")[..6]);
        var me = await ClerkAsync();
        var colleague = await ClerkAsync();
        await using var context = ComponentContext.Create(site, me);
        context.Render<MudPopoverProvider>();
        var queue = context.Render<WorkQueuePage>(p => p.Add(q => q.Department, Departments.Sales));
        queue.WaitForAssertion(() => Assert.Contains(conversation.Summary.Ticket, queue.Find("#queue").TextContent));
        var row = queue.Find($"td[data-conversation-id='{conversation.Summary.Id}']");
        Assert.Equal("true", row.GetAttribute("data-unread"));
        Assert.Contains("Arbeitsliste", queue.Markup);
        Assert.NotNull(queue.Find($"td[data-conversation-id='{conversation.Summary.Id}'] ~ td.sla [data-badge='sla']"));

        await site.Work.ClaimAsync(conversation.Summary.Id, new Actor(colleague.Id, colleague.DisplayName), null, None);

        queue.WaitForAssertion(() => Assert.Contains(colleague.DisplayName,
            queue.Find($"td[data-conversation-id='{conversation.Summary.Id}']").ParentElement!.QuerySelector("td.assignee")!.TextContent));
    }

    [Fact]
    public async Task BulkClose_ClosesTheSelectedConversations_AndSaysSo()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var a = await ConversationAsync("Bulk A " + tag);
        var b = await ConversationAsync("Bulk B " + tag);
        var me = await ClerkAsync();
        await using var context = ComponentContext.Create(site, me);
        context.Render<MudPopoverProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();
        var queue = context.Render<WorkQueuePage>(p => p.Add(q => q.Department, Departments.Sales));
        queue.WaitForAssertion(() => Assert.Contains(b.Summary.Ticket, queue.Markup));

        foreach (var id in new[] { a.Summary.Id, b.Summary.Id })
        {
            await queue.InvokeAsync(() => queue.Find($"td[data-conversation-id='{id}'] input").Change(true));
        }

        await queue.InvokeAsync(() => queue.Find("#bulk-close").Click());

        queue.WaitForAssertion(() => Assert.Contains("2 von 2: Geschlossen.", snackbars.Markup));
        Assert.Equal(ConversationState.Closed, (await site.Queries.FindAsync(a.Summary.Id, null, None))!.State);
        Assert.Equal(ConversationState.Closed, (await site.Queries.FindAsync(b.Summary.Id, null, None))!.State);
    }

    [Fact]
    public async Task KeyboardShortcuts_jThenA_AssignTheFirstConversationToMe()
    {
        var me = await ClerkAsync();
        await using var context = ComponentContext.Create(site, me);
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        await ConversationAsync("Keys " + Guid.NewGuid().ToString("N")[..6]);
        var queue = context.Render<WorkQueuePage>(p => p.Add(q => q.Department, Departments.Sales));
        queue.WaitForAssertion(() => Assert.NotEmpty(queue.FindAll("td.select")));
        var first = long.Parse(queue.FindAll("td.select")[0].GetAttribute("data-conversation-id")!);
        var keys = queue.FindComponent<InboxShortcuts>();

        await queue.InvokeAsync(() => keys.Instance.OnShortcut("j"));
        await queue.InvokeAsync(() => keys.Instance.OnShortcut("a"));

        Assert.Equal(me.Id, (await site.Queries.FindAsync(first, null, None))!.AssigneeId);
    }

    [Fact]
    public async Task ACraftedBulkAction_ByAClerkOfAnotherDepartment_ChangesNothing()
    {
        var conversation = await ConversationAsync("Crafted " + Guid.NewGuid().ToString("N")[..6]);
        var outsider = await ClerkAsync(Departments.Finance);
        await using var context = ComponentContext.Create(site, outsider);
        context.Render<MudPopoverProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();
        // The page would answer 403; a crafted circuit can still reach the handlers.
        var queue = context.Render<WorkQueuePage>(p => p.Add(q => q.Department, Departments.Sales));
        queue.WaitForAssertion(() => Assert.Contains(conversation.Summary.Ticket, queue.Markup));
        var keys = queue.FindComponent<InboxShortcuts>();

        await queue.InvokeAsync(() => keys.Instance.OnShortcut("j"));
        await queue.InvokeAsync(() => keys.Instance.OnShortcut("e"));

        queue.WaitForAssertion(() => Assert.Contains("nicht mehr Mitglied", snackbars.Markup));
        Assert.Equal(ConversationState.Open, (await site.Queries.FindAsync(conversation.Summary.Id, null, None))!.State);
    }

    [Fact]
    public async Task TheComposer_StartsWithSalutationAndSignature_TakesATemplate_AndSendsOnce_LeavingItWaitingOnTheCustomer()
    {
        var conversation = await ConversationAsync("Composer " + Guid.NewGuid().ToString("N")[..6]);
        var me = await ClerkAsync();
        await using var context = ComponentContext.Create(site, me);
        context.Render<MudPopoverProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();
        var composer = context.Render<ReplyComposer>(p => p.Add(c => c.Detail, conversation).Add(c => c.Department, Departments.Sales)
            .Add(c => c.UserId, me.Id).Add(c => c.UserName, me.DisplayName));
        var body = composer.FindComponents<MudTextField<string>>().Single();
        Assert.StartsWith("Sehr geehrte Damen und Herren,", body.Instance.Value);
        Assert.Contains("Mit freundlichen Grüßen\n\n" + me.DisplayName, body.Instance.Value);
        Assert.Contains("> Wir bestellen hiermit", body.Instance.Value);

        var template = composer.FindComponents<MudSelect<string>>().First();
        await composer.InvokeAsync(() => template.Instance.ValueChanged.InvokeAsync("general-inquiry"));
        Assert.Contains($"unter dem Vorgang {conversation.Summary.Ticket} aufgenommen", body.Instance.Value);
        Assert.Contains("Sitz der Gesellschaft:", body.Instance.Value);
        await composer.InvokeAsync(() => composer.Find("#composer-send").Click());
        composer.WaitForAssertion(() => Assert.Contains("Die Antwort ist unterwegs.", snackbars.Markup));
        // A second click on the same draft (the answer of the first was slow to show, say) sends nothing.
        await composer.InvokeAsync(() => composer.Find("#composer-send").Click());
        composer.WaitForAssertion(() => Assert.Contains("Diese Antwort wurde bereits gesendet.", snackbars.Markup));
        var after = (await site.Queries.GetAsync(conversation.Summary.Id, null, None))!;
        Assert.Single(after.Timeline, t => t.Kind == EntryKind.Outgoing);
        Assert.Equal(ConversationState.Pending, after.Summary.State);
    }

    [Fact]
    public async Task TheComposer_RefusesAnInvalidCustomerAddress_AndAnAttachmentOverTheLimit_WithClearMessages()
    {
        var me = await ClerkAsync();
        var broken = await ConversationAsync("Kaputt " + Guid.NewGuid().ToString("N")[..6], from: "Erika <erika@localhost>");
        var large = await ConversationAsync("Anhang " + Guid.NewGuid().ToString("N")[..6], attachment: "mehr als zehn Bytes");
        await using var context = ComponentContext.Create(site, me);
        context.Render<MudPopoverProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();

        var first = context.Render<ReplyComposer>(p => p.Add(c => c.Detail, broken).Add(c => c.Department, Departments.Sales)
            .Add(c => c.UserId, me.Id).Add(c => c.UserName, me.DisplayName));
        Assert.Contains("keine gültige E-Mail-Adresse", first.Find("#composer-address-warning").TextContent);
        await first.InvokeAsync(() => first.Find("#composer-send").Click());
        first.WaitForAssertion(() => Assert.Contains("„erika@localhost“ ist keine gültige E-Mail-Adresse. Es wurde nichts gesendet.", snackbars.Markup));

        var second = context.Render<ReplyComposer>(p => p.Add(c => c.Detail, large).Add(c => c.Department, Departments.Sales)
            .Add(c => c.UserId, me.Id).Add(c => c.UserName, me.DisplayName));
        var box = second.FindComponents<MudCheckBox<bool>>().Last();
        await second.InvokeAsync(() => box.Instance.ValueChanged.InvokeAsync(true));
        await second.InvokeAsync(() => second.Find("#composer-send").Click());
        second.WaitForAssertion(() => Assert.Contains("höchstens 0.0 MB lassen sich senden", snackbars.Markup));

        Assert.DoesNotContain((await site.Queries.GetAsync(broken.Summary.Id, null, None))!.Timeline, t => t.Kind == EntryKind.Outgoing);
        Assert.DoesNotContain((await site.Queries.GetAsync(large.Summary.Id, null, None))!.Timeline, t => t.Kind == EntryKind.Outgoing);
    }

    [Fact]
    public async Task TheBell_ShowsASnackbarAndCountsUp_WhenAColleagueAssignsAConversationToMe()
    {
        var conversation = await ConversationAsync("Bell " + Guid.NewGuid().ToString("N")[..6]);
        var me = await ClerkAsync();
        var colleague = await ClerkAsync();
        await using var context = ComponentContext.Create(site, me);
        var snackbars = context.Render<MudSnackbarProvider>();
        var bell = context.Render<InboxBell>(p => p.Add(b => b.UserId, me.Id).Add(b => b.Scope, Departments.Sales).Add(b => b.Departments, [Departments.Sales]));
        Assert.Equal("0", bell.Find("#inbox-bell").GetAttribute("data-count"));

        await site.Work.AssignAsync(conversation.Summary.Id, me.Id, new Actor(colleague.Id, colleague.DisplayName), null, None);

        snackbars.WaitForAssertion(() => Assert.Contains($"{colleague.DisplayName} hat Ihnen {conversation.Summary.Ticket} zugewiesen", snackbars.Markup));
        bell.WaitForAssertion(() => Assert.Equal("1", bell.Find("#inbox-bell").GetAttribute("data-count")));

        await site.Work.MarkReadAsync(conversation.Summary.Id, me.Id, None); // I open it

        bell.WaitForAssertion(() => Assert.Equal("0", bell.Find("#inbox-bell").GetAttribute("data-count")));
    }
}
