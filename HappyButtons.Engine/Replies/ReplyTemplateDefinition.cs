using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Replies;

/// <summary>A reply template: for one intent (the taxonomy's lower-case name) and language, a Scriban body (see <see cref="ReplyFacts.Names"/>).</summary>
public sealed record ReplyTemplateDefinition(string Key, string Intent, Language Language, string Title, string Body);
