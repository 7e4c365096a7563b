using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Conversations;
using HappyButtons.Tests.Intake.Pipeline;
using HappyButtons.Tests.Support;
using HappyButtons.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Agents;

/// <summary>
/// The running application with complete company data (replies carry the §35a signature) and no agent trigger: a test
/// receives mail through the real pipeline and runs the coordinator itself, so it sees exactly the tasks it expects.
/// </summary>
public class AgentSite(IDictionary<string, string?>? settings = null, string? dataDirectory = null, TestProvider provider = TestProvider.Sqlite)
    : PipelineTestSite(Settings(settings), dataDirectory, provider)
{
    public ConversationQueries Conversations => Services.GetRequiredService<ConversationQueries>();

    /// <summary>Uploads a mail to the mailbox, waits until it is processed, and returns it with its conversation's id.</summary>
    public async Task<(MessageDetail Message, long ConversationId)> ReceiveAsync(string mailbox, string raw)
    {
        var message = await WaitProcessedAsync(await UploadAsync(mailbox, raw));
        var id = await Conversations.OfMessageAsync(message.Id, CancellationToken.None);
        Assert.True(id is not null, $"message {message.Id} ({message.Subject}) is in no conversation");
        return (message, id!.Value);
    }

    public static string Mail(string subject, string body, string from, string to = "sales@happybuttons.de") =>
        $"From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Fri, 20 Nov 2026 10:15:00 +0100\r\n" +
        $"Message-ID: <{Guid.NewGuid():N}@kunde.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n" +
        $"Content-Transfer-Encoding: 8bit\r\n\r\n{body.Replace("\n", "\r\n")}\r\n";

    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra)
    {
        var settings = OrdersWebSite.CompanySettings();
        settings["HappyButtons:Agents:Trigger"] = "false";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The demo catalog with its customer prices and aliases (the demo mail drop stays off).</summary>
    public Task SeedCatalogAsync() => Services.GetRequiredService<Engine.Catalog.CatalogStore>()
        .SeedAsync(Engine.Catalog.DemoCatalog.Products, Engine.Catalog.DemoCatalog.CustomerPrices, Engine.Catalog.DemoCatalog.Aliases, CancellationToken.None);

    public AgentCoordinator Coordinator => Services.GetRequiredService<AgentCoordinator>();
    public AgentTaskQueries Tasks => Services.GetRequiredService<AgentTaskQueries>();
    public AgentTaskExecutor Executor => Services.GetRequiredService<AgentTaskExecutor>();
    public OrderService Orders => Services.GetRequiredService<OrderService>();

    /// <summary>Receives the mail, lets the coordinator propose, and returns the mail's task.</summary>
    public async Task<AgentTaskView> TaskForAsync(string mailbox, string raw)
    {
        var (message, _) = await ReceiveAsync(mailbox, raw);
        await Coordinator.RunAsync(CancellationToken.None);
        var id = await Tasks.OfMessageAsync(message.Id, CancellationToken.None);
        Assert.True(id is not null, $"message {message.Id} ({message.Subject}, {message.Intake?.Intent}) got no task");
        return (await Tasks.GetAsync(id!.Value, CancellationToken.None))!;
    }

    /// <summary>An agent's view of a mail without the pipeline: for agents whose proposals do not depend on the stored mail.</summary>
    public static AgentContext Context(string department, Intent intent, Language language, string? customer, string subject, string text,
        ReplyContact? contact = null, long? conversationId = 4711) =>
        new(1, conversationId, department, intent, language, customer, "kunde@example.com", null, subject, text)
        {
            Contact = contact ?? ReplyContact.Unknown, ReceivedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), ClassificationConfidence = 0.9,
        };

    public static string From(string name, string address) => $"{name} <{address}>";

    /// <summary>Creates an order and moves it through the lifecycle to <paramref name="to"/> (as administrator).</summary>
    public async Task<OrderCreated> OrderAsync(string customer, string po, OrderState to, params NewOrderLine[] lines)
    {
        var created = await Orders.CreateAsync(new NewOrder(customer, po, lines), "test", CancellationToken.None);
        Assert.True(created.Created is not null, string.Join(" ", created.Errors));
        foreach (var state in to == OrderState.Created ? [] : OrderStates.All.Skip(1).TakeWhile(s => s != to).Append(to))
        {
            var step = await Orders.TransitionAsync(created.Created!.Id, state, OrderActor.Administrator("test"));
            Assert.True(step.Succeeded, $"{state}: {step.Refusal}");
        }

        return created.Created!;
    }
}
