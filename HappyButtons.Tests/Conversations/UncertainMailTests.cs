using HappyButtons.Engine.Intake;

namespace HappyButtons.Tests.Conversations;

/// <summary>A site whose review threshold no classification reaches: every mail is uncertain.</summary>
public sealed class UncertainSite() : ConversationSite(new Dictionary<string, string?> { ["HappyButtons:Intake:ReviewThreshold"] = "0.999" });

/// <summary>Mail the classifier is unsure about goes to the likely department, flagged for a check there (not to info).</summary>
public sealed class UncertainMailTests(UncertainSite site) : IClassFixture<UncertainSite>
{
    [Fact]
    public async Task UncertainMail_GoesToTheDepartmentItMostLikelyBelongsTo_FlaggedPleaseCheck_NotToInfo()
    {
        var (message, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Bestellung", ConversationSite.Order));

        Assert.Equal(MessageStatus.NeedsReview, message.Status);
        Assert.Contains("Classification uncertain", message.StatusReason);
        Assert.Equal("sales", message.Department);
        Assert.Equal(message.Department, conversation.Summary.Department);
        Assert.True(conversation.Summary.PleaseCheck);
        Assert.Contains("Classification uncertain", conversation.PleaseCheckReason);
    }

}
