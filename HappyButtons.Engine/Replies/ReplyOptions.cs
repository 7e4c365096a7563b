using System.ComponentModel.DataAnnotations;

namespace HappyButtons.Engine.Replies;

/// <summary><c>HappyButtons:Replies</c>: what a reply must reach before it goes out.</summary>
public sealed class ReplyOptions
{
    public const string Section = "HappyButtons:Replies";

    /// <summary>A reply scoring less is sent only with an explicit, audited override and its reason (docs/replies.md).</summary>
    [Range(0, 100, ErrorMessage = "HappyButtons:Replies:MinimumCourtesyScore must be between 0 and 100.")]
    public int MinimumCourtesyScore { get; set; } = 60;
}
