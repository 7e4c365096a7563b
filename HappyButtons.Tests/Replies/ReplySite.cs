using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Replies;

/// <summary>The running application with the company's data, its stored templates and a mail from a known contact (Frau Dr. Weber).</summary>
public sealed class ReplySite() : ConversationSite(new Dictionary<string, string?>())
{
    public const string WeberMail = "Anna Weber <a.weber@autowerk-sued.de>";

    public ReplyTemplateStore Templates => Services.GetRequiredService<ReplyTemplateStore>();
    public ReplyTemplateQueries TemplateQueries => Services.GetRequiredService<ReplyTemplateQueries>();
    public AuditLog Audit => Services.GetRequiredService<AuditLog>();

    /// <summary>A conversation in sales (moved there when the routing chose another department for the mail).</summary>
    public async Task<ConversationDetail> ConversationAsync(string subject, string body = "Wann wird unsere Bestellung geliefert? Wir brauchen die Knöpfe dringend.",
        string from = WeberMail)
    {
        var conversation = (await ReceiveAsync("sales", Mail(subject + " " + Guid.NewGuid().ToString("N")[..6], body, from))).Conversation;
        if (conversation.Summary.Department == Departments.Sales)
        {
            return conversation;
        }

        await Work.MoveAsync(conversation.Summary.Id, Departments.Sales, "Vertrieb zuständig", new Actor(1, "Administrator"), null, CancellationToken.None);
        return (await Queries.GetAsync(conversation.Summary.Id, null, CancellationToken.None))!;
    }

    /// <summary>An order of the conversation, as the order desk would have created it, with its invoice when given.</summary>
    public async Task<Order> OrderAsync(long conversationId, string number, string? poNumber, DateOnly? delivery, string? invoice = null)
    {
        await using var context = await Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var order = new Order
        {
            Number = number, CustomerNumber = "10042", PoNumber = poNumber, State = "confirmed", ConfirmedDeliveryDate = delivery, ConversationId = conversationId,
            CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "test", UpdatedAt = DateTimeOffset.UtcNow,
        };
        context.Orders.Add(order);
        await context.SaveChangesAsync();
        if (invoice is not null)
        {
            context.OrderDocuments.Add(new OrderDocument
            {
                OrderId = order.Id, Kind = "invoice", Number = invoice, IssuedAt = DateTimeOffset.UtcNow, IssuedBy = "test", Pdf = [1], Sha256 = Guid.NewGuid().ToString("N"),
            });
            await context.SaveChangesAsync();
        }

        return order;
    }

    public async Task<IReadOnlyList<AuditLogEntry>> AuditAsync(string action)
    {
        await using var context = await Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        return await context.AuditLog.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync();
    }
}
