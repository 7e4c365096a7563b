using System.ComponentModel.DataAnnotations;

namespace HappyButtons.Engine.Conversations;

/// <summary>Configuration section <c>HappyButtons:Conversations</c>.</summary>
public sealed class ConversationOptions
{
    public const string Section = "HappyButtons:Conversations";

    /// <summary>The most a reply may attach from the conversation, all files together (default 10 MB): mail servers refuse more.</summary>
    [Range(0, 100L * 1024 * 1024)]
    public long MaxAttachmentBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>How long after telling the assignee an overdue conversation goes to the escalation contacts (minutes, default 60).</summary>
    [Range(0, 7 * 24 * 60)]
    public int AssigneeGraceMinutes { get; set; } = 60;
}
