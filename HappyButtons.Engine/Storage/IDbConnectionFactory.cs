using System.Data.Common;

namespace HappyButtons.Engine.Storage;

/// <summary>Opens ready-to-use connections (pragmas applied) for the configured database.</summary>
public interface IDbConnectionFactory
{
    ISqlDialect Dialect { get; }

    /// <summary>A human-readable description of where the data lives, for logs and health output.</summary>
    string Location { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
