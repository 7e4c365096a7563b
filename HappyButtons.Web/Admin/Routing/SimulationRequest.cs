using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin.Routing;

/// <summary>What the simulator runs on: a pasted raw mail (arriving in <see cref="Mailbox"/>) or a stored message's id.</summary>
public sealed class SimulationRequest
{
    public string? RawMail { get; set; }
    public long? MessageId { get; set; }
    public string Mailbox { get; set; } = Departments.Info;

    /// <summary>Runs the simulation (with <paramref name="draft"/> in place of the stored rule <paramref name="replacesId"/>); the text of a problem otherwise.</summary>
    public async Task<(Simulation? Simulation, string? Error)> RunAsync(RuleSimulator simulator, RoutingRule? draft, string? replacesId, UiText ui, CancellationToken cancellationToken)
    {
        if (MessageId is { } id)
        {
            var stored = await simulator.SimulateStoredAsync(id, draft, replacesId, cancellationToken);
            return stored is null ? (null, ui.Format("Message {0} does not exist.", id)) : (stored, null);
        }

        if (string.IsNullOrWhiteSpace(RawMail))
        {
            return (null, ui["Paste a raw mail or enter a message id."]);
        }

        var mailbox = Departments.IsValid(Mailbox) ? Mailbox : Departments.Info;
        return (await simulator.SimulateRawAsync(RawMail, mailbox, draft, replacesId, cancellationToken), null);
    }
}
