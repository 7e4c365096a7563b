using System.Text;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HappyButtons.Engine.Storage;

/// <summary>
/// The one model of everything the product stores, for both providers. Tables and columns are snake_case; times are
/// stored as Unix milliseconds (UTC) in 64-bit integers on both providers (docs/decisions.md). Each provider has its own
/// subclass with its own migrations (<see cref="SqliteDbContext"/>, <see cref="PostgresDbContext"/>); code asks for this
/// base type through <see cref="IDbContextFactory{TContext}"/> and uses a short-lived context per unit of work.
/// </summary>
public abstract class HappyButtonsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<User> Users => Set<User>();
    public DbSet<UserDepartment> UserDepartments => Set<UserDepartment>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<SignIn> SignIns => Set<SignIn>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<Mailbox> Mailboxes => Set<Mailbox>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<RoutingRuleEntry> RoutingRules => Set<RoutingRuleEntry>();
    public DbSet<SlaPolicyEntry> SlaPolicies => Set<SlaPolicyEntry>();
    public DbSet<SlaCalendar> SlaCalendar => Set<SlaCalendar>();
    public DbSet<TrainingExample> TrainingExamples => Set<TrainingExample>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<OutgoingMail> OutgoingMail => Set<OutgoingMail>();
    public DbSet<OAuthToken> OAuthTokens => Set<OAuthToken>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<CustomerPrice> CustomerPrices => Set<CustomerPrice>();
    public DbSet<ProductAlias> ProductAliases => Set<ProductAlias>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<OrderTransition> OrderTransitions => Set<OrderTransition>();
    public DbSet<OrderDocument> OrderDocuments => Set<OrderDocument>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();
    public DbSet<CreditNoteLine> CreditNoteLines => Set<CreditNoteLine>();
    public DbSet<UserRole> UserRoles => Set<UserRole>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ConversationEntry> ConversationEntries => Set<ConversationEntry>();
    public DbSet<ConversationRead> ConversationReads => Set<ConversationRead>();
    public DbSet<AgentTask> AgentTasks => Set<AgentTask>();
    public DbSet<AgentProposal> AgentProposals => Set<AgentProposal>();
    public DbSet<KnowledgeArticle> KnowledgeArticles => Set<KnowledgeArticle>();
    public DbSet<KnowledgeFeedback> KnowledgeFeedback => Set<KnowledgeFeedback>();
    public DbSet<ReplyTemplateEntry> ReplyTemplates => Set<ReplyTemplateEntry>();
    public DbSet<ReplyTemplateVersion> ReplyTemplateVersions => Set<ReplyTemplateVersion>();
    public DbSet<AgentMemory> AgentMemory => Set<AgentMemory>();
    public DbSet<KpiSnapshot> KpiSnapshots => Set<KpiSnapshot>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        configuration.Properties<decimal>().HaveConversion<TenThousandthsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HappyButtonsDbContext).Assembly,
            type => type.Namespace == typeof(Message).Namespace);
        SnakeCaseNames(modelBuilder);
    }

    /// <summary>Every table, column, key and index not named explicitly gets the snake_case name of its property.</summary>
    private static void SnakeCaseNames(ModelBuilder modelBuilder)
    {
        // Owned types name their columns themselves; their keys share the owner's key column.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            foreach (var property in entity.GetProperties().Where(p => p.FindAnnotation("Relational:ColumnName") is null))
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            var table = entity.GetTableName()!;
            foreach (var key in entity.GetKeys().Where(k => k.IsPrimaryKey()))
            {
                key.SetName($"pk_{table}");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName($"fk_{table}_{string.Join("_", foreignKey.Properties.Select(p => SnakeCase(p.Name)))}");
            }

            foreach (var index in entity.GetIndexes().Where(i => i.FindAnnotation("Relational:Name") is null))
            {
                index.SetDatabaseName($"{(index.IsUnique ? "ux" : "ix")}_{table}_{string.Join("_", index.Properties.Select(p => SnakeCase(p.Name)))}");
            }
        }
    }

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}

/// <summary>Times as Unix milliseconds (UTC): portable between the providers and cheap to compare and index.</summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));

/// <summary>
/// Amounts (prices, rates, totals) as whole ten-thousandths in 64-bit integers on both providers: exact, comparable and
/// summable in SQL (SQLite has no decimal type), and fine enough for button prices of fractions of a cent.
/// </summary>
public sealed class TenThousandthsConverter() : ValueConverter<decimal, long>(
    value => (long)decimal.Round(value * 10_000m, MidpointRounding.AwayFromZero),
    value => value / 10_000m);

