namespace HappyButtons.Tests.Fixtures.MailServers;

/// <summary>Tests in this collection share one Dovecot and one Postfix and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class MailServerCollection : ICollectionFixture<MailServerFixture>
{
    public const string Name = "MailServers";
}
