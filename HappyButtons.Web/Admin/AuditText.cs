using System.Text.RegularExpressions;
using HappyButtons.Engine.Audit;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin;

/// <summary>
/// An audit entry as the administration pages show it: the action in words (the log stores a code such as
/// <c>user.updated</c>) and, where the log's English details can be read, what changed in the reader's language.
/// </summary>
public static partial class AuditText
{
    private static readonly Dictionary<string, string> Actions = new()
    {
        ["user.created"] = "User created",
        ["user.updated"] = "Profile changed",
        ["user.password_reset"] = "Password reset",
        ["user.password_changed"] = "Password changed by the user",
        ["user.disabled"] = "Disabled",
        ["user.enabled"] = "Enabled",
        ["user.unlocked"] = "Unlocked",
        ["user.session_ended"] = "Session ended",
        ["user.sessions_ended"] = "All sessions ended",
        ["user.roles"] = "Order roles changed",
        ["routing.rule.create"] = "Rule created",
        ["routing.rule.update"] = "Rule changed",
        ["routing.rule.delete"] = "Rule deleted",
        ["routing.rule.enable"] = "Rule enabled",
        ["routing.rule.disable"] = "Rule disabled",
        ["routing.rule.move-up"] = "Rule moved up",
        ["routing.rule.move-down"] = "Rule moved down",
        ["sla.policy.save"] = "SLA policy saved",
        ["sla.calendar.save"] = "Business calendar saved",
        ["mailbox.update"] = "Mailbox settings saved",
        ["reply.template.save"] = "Template saved",
        ["reply.template.restore"] = "Template version restored",
        ["reply.courtesy_override"] = "Reply sent under the minimum courtesy score",
    };

    public static IEnumerable<string> KnownActionTexts => Actions.Values;

    public static string Action(UiText ui, string action) => Actions.TryGetValue(action, out var key) ? ui[key] : ui["Other change"];

    /// <summary>What changed, where the details say more than the action; empty otherwise.</summary>
    public static string Details(UiText ui, AuditEntry entry)
    {
        var details = entry.Details ?? "";
        if (entry.Action == "user.updated" && Updated().Match(details) is { Success: true } u)
        {
            var parts = new List<string> { ui.Format("Display name: {0}", u.Groups["name"].Value) };
            if (u.Groups["before"].Value != u.Groups["after"].Value)
            {
                parts.Add(ui.Format("Departments: {0} → {1}", Departments(ui, u.Groups["before"].Value), Departments(ui, u.Groups["after"].Value)));
            }

            if (u.Groups["adminBefore"].Value != u.Groups["adminAfter"].Value)
            {
                parts.Add(u.Groups["adminAfter"].Value == "True" ? ui["now an administrator"] : ui["no longer an administrator"]);
            }

            return string.Join("; ", parts);
        }

        if (entry.Action == "user.created" && Created().Match(details) is { Success: true } c)
        {
            var text = ui.Format("Departments: {0}", Departments(ui, c.Groups["departments"].Value));
            return c.Groups["admin"].Value == "True" ? text + "; " + ui["administrator"] : text;
        }

        if (entry.Action == "user.unlocked" && UnlockedAddresses().Match(details) is { Success: true } a)
        {
            return ui.Format("Locked addresses: {0}", a.Groups["addresses"].Value);
        }

        return "";
    }

    private static string Departments(UiText ui, string codes) =>
        string.Join(", ", codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => AdminLabels.Department(ui, c)));

    [GeneratedRegex(@"; name '(?<name>.*)'; departments (?<before>[a-z, ]*) -> (?<after>[a-z, ]*); admin (?<adminBefore>True|False) -> (?<adminAfter>True|False)$")]
    private static partial Regex Updated();

    [GeneratedRegex(@"; departments (?<departments>[a-z, ]*); admin (?<admin>True|False)$")]
    private static partial Regex Created();

    [GeneratedRegex(@"; addresses (?<addresses>[0-9a-f.:/, unknow]*)$")]
    private static partial Regex UnlockedAddresses();
}
