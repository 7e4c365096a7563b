using System.Net;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using HappyButtons.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Storage;

/// <summary>
/// A data directory written by the release before EF Core and Hangfire (kept in TestData/previous-release) is upgraded in
/// place at start, with nothing lost: people sign in with their passwords, every record is there, mail that was being
/// processed is processed, and the delivery its job engine had not finished goes out.
/// </summary>
public sealed class PreviousReleaseUpgradeTests
{
    [Fact]
    public async Task TheDataDirectoryOfThePreviousRelease_IsUpgradedInPlace_WithNothingLost()
    {
        using var data = new TempDirectory("hb-upgrade");
        Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "previous-release"), data.Path);
        await using var site = new HappyButtonsFactory(dataDirectory: data.Path);

        var vera = await site.SignInAsync("vera", "Vertrieb-Passwort-1", Departments.Sales);
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        Assert.Equal(HttpStatusCode.OK, (await vera.GetAsync("/sales")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        var contexts = site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();
        await using (var context = await contexts.CreateDbContextAsync())
        {
            Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
            Assert.Equal(2, await context.Users.CountAsync());
            Assert.Equal(12, await context.Customers.CountAsync());
            Assert.Equal(14, await context.Contacts.CountAsync());
            Assert.Equal(13, await context.RoutingRules.CountAsync());
            Assert.Equal(4, await context.SlaPolicies.CountAsync());
            Assert.Equal(15, await context.Messages.CountAsync());
            Assert.Equal(4, await context.MessageAttachments.CountAsync());
            Assert.Equal(2, await context.Escalations.CountAsync());
            Assert.True(await context.AuditLog.CountAsync() >= 1);
            Assert.True(await context.SignIns.CountAsync() >= 6); // four before, two now
            Assert.Equal(["info", "sales"], await context.UserDepartments.Where(d => context.Users.Any(u => u.Id == d.UserId && u.UserName == "vera"))
                .Select(d => d.Department).OrderBy(d => d).ToListAsync());
            var tables = await DatabaseMigratorTests.TablesAsync(context);
            Assert.DoesNotContain("jobs", tables);
            Assert.DoesNotContain("sent_mail", tables);
            Assert.DoesNotContain("schema_migrations", tables);
        }

        // The message whose processing job was running when the old process stopped is processed again.
        var queries = site.Services.GetRequiredService<MessageQueries>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        MessageDetail? interrupted;
        while ((interrupted = await queries.GetAsync(15, CancellationToken.None))!.Status is MessageStatus.Received or MessageStatus.Processing)
        {
            Assert.True(DateTime.UtcNow < deadline, "Message 15 was not processed after the upgrade.");
            await Task.Delay(100);
        }

        Assert.StartsWith("DRINGEND: Bandstillstand", interrupted.Subject);

        // The old engine's record of sent mail is the outbox's history; its unfinished delivery is delivered (pickup folder).
        await using (var context = await contexts.CreateDbContextAsync())
        {
            var old = await context.OutgoingMail.SingleAsync(m => m.Reply == "/data/outbox/x.eml");
            Assert.Equal(OutgoingMailStatus.Sent, old.Status);
        }

        deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var context = await contexts.CreateDbContextAsync();
            var pending = await context.OutgoingMail.SingleAsync(m => m.Reply != "/data/outbox/x.eml");
            if (pending.Status == OutgoingMailStatus.Sent)
            {
                Assert.Equal("pickup", pending.Transport);
                Assert.Contains("Nachricht 15 ist ueberfaellig.", await File.ReadAllTextAsync(pending.Reply!));
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The carried-over delivery is still {pending.Status}: {pending.LastError}");
            await Task.Delay(100);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            File.Copy(file, file.Replace(from, to));
        }
    }
}
