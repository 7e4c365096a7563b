using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HappyButtons.Engine.Replies;

/// <summary>What is wrong with a template: Scriban's syntax errors and the variables it uses that no reply has.</summary>
public sealed record ReplyTemplateCheck(IReadOnlyList<string> SyntaxErrors, IReadOnlyList<string> UnknownVariables)
{
    public bool IsValid => SyntaxErrors.Count == 0 && UnknownVariables.Count == 0;
}

/// <summary>A rendered reply, or why it could not be rendered (the variables without a value, named as in the template).</summary>
public sealed record ReplyRendering(string? Text, string? Error, IReadOnlyList<string> MissingVariables)
{
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Renders reply templates (Scriban) with a conversation's facts, the closing and the §35a GmbHG signature. A template that
/// uses a fact the conversation lacks is not rendered: the error names the variable, so no reply goes out with an empty
/// salutation or "Ihre Bestellung  wird am  geliefert".
/// </summary>
public sealed class ReplyRenderer(IOptionsMonitor<CompanyOptions> company)
{
    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal) { "string", "date", "math", "array", "object", "html", "regex", "timespan" };

    public CompanyOptions Company => company.CurrentValue;

    public static ReplyTemplateCheck Validate(string body)
    {
        var template = Template.Parse(body ?? "");
        if (template.HasErrors)
        {
            return new ReplyTemplateCheck(template.Messages.Select(m => m.ToString()).ToList(), []);
        }

        var unknown = UsedVariables(template).Where(v => !ReplyFacts.Names.Contains(v)).ToList();
        return new ReplyTemplateCheck([], unknown);
    }

    public ReplyRendering Render(string body, ReplyFacts facts)
    {
        var template = Template.Parse(body ?? "");
        if (template.HasErrors)
        {
            return new ReplyRendering(null, "The template has errors: " + string.Join("; ", template.Messages.Select(m => m.ToString())), []);
        }

        var used = UsedVariables(template);
        var unknown = used.Where(v => !ReplyFacts.Names.Contains(v)).ToList();
        if (unknown.Count > 0)
        {
            return new ReplyRendering(null, "The template uses unknown variables: " + Names(unknown), unknown);
        }

        var values = facts.Variables().ToDictionary();
        values["closing"] = LegalSignature.Closing(facts.Language);
        var current = Company;
        var missingCompany = LegalSignature.Missing(current);
        if (used.Contains("signature") && missingCompany.Count > 0)
        {
            return new ReplyRendering(null, "The signature (§35a GmbHG) lacks the company data " + string.Join(", ", missingCompany.Select(k => CompanyOptions.Section + ":" + k)) + ".",
                ["signature"]);
        }

        values["signature"] = missingCompany.Count == 0 ? LegalSignature.Block(current, facts.Language) : null;
        var missing = used.Where(v => string.IsNullOrWhiteSpace(values[v])).ToList();
        if (missing.Count > 0)
        {
            return new ReplyRendering(null, "The reply needs " + Names(missing) + ", which this conversation does not have.", missing);
        }

        var globals = new ScriptObject();
        foreach (var (name, value) in values)
        {
            globals.Add(name, value);
        }

        var context = new TemplateContext { StrictVariables = true, LoopLimit = 1000, RecursiveLimit = 20, MemberRenamer = member => member.Name };
        context.PushGlobal(globals);
        return new ReplyRendering(template.Render(context).Replace("\r\n", "\n").Trim() + "\n", null, []);
    }

    public ReplyRendering Render(ReplyTemplateDefinition template, ReplyFacts facts) => Render(template.Body, facts);

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => "{{ " + n + " }}"));

    /// <summary>The global variables a template reads, without those it assigns or loops over itself and Scriban's built-ins.</summary>
    private static IReadOnlyList<string> UsedVariables(Template template)
    {
        var collector = new VariableCollector();
        template.Page?.Accept(collector);
        return collector.Read.Where(v => !collector.Defined.Contains(v) && !Builtins.Contains(v)).Distinct().ToList();
    }

    private sealed class VariableCollector : ScriptVisitor
    {
        public List<string> Read { get; } = [];
        public HashSet<string> Defined { get; } = new(StringComparer.Ordinal);

        public override void Visit(ScriptVariableGlobal node)
        {
            Read.Add(node.Name);
            base.Visit(node);
        }

        /// <summary>Only the object of <c>a.b</c> is a variable; its member is not.</summary>
        public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);

        public override void Visit(ScriptAssignExpression node)
        {
            if (node.Target is ScriptVariable target)
            {
                Defined.Add(target.Name);
            }

            base.Visit(node);
        }

        public override void Visit(ScriptForStatement node)
        {
            if (node.Variable is ScriptVariable variable)
            {
                Defined.Add(variable.Name);
            }

            base.Visit(node);
        }
    }
}
