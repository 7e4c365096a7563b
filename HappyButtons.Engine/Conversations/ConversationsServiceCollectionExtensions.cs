using HappyButtons.Engine.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>
    /// Conversations: threading as the last intake step (call after <c>AddIntakeProcessing</c>, so it runs after routing),
    /// the backfill of earlier mail at start, the queue, the clerks' actions, replies, presence and escalation.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationStep>();
        services.AddSingleton<IMessageStep>(sp => sp.GetRequiredService<ConversationStep>());
        services.AddSingleton<IInstallationStep, ConversationBackfill>();
        services.AddSingleton<ConversationQueries>();
        services.AddSingleton<ConversationWork>();
        services.AddSingleton<ConversationReplyFacts>();
        services.AddSingleton<ConversationReplies>();
        services.AddSingleton<ConversationPresence>();
        services.AddSingleton<ConversationEscalation>();
        return services;
    }
}
