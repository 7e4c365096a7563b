namespace HappyButtons.Tests.Fixtures.MailServers;

/// <summary>
/// Tests in this collection share one Dovecot and one Postfix and run one after another, after the parallel test
/// classes: some of them assert how soon mail arrives (IDLE within 2 s), which must not depend on the neighbours.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MailServerCollection : ICollectionFixture<MailServerFixture>
{
    public const string Name = "MailServers";
}
