namespace HappyButtons.Engine.Storage;

/// <summary>The database was migrated by a newer version of the application; starting would risk the data.</summary>
public sealed class SchemaTooNewException(string location, string databaseMigration, string codeMigration)
    : Exception($"The database at '{location}' has been migrated to '{databaseMigration}', but this version of Happy Buttons " +
                $"knows migrations only up to '{codeMigration}'. It was written by a newer release; start that release " +
                "or restore a backup made for this one. Nothing was changed.")
{
    public string DatabaseMigration { get; } = databaseMigration;
    public string CodeMigration { get; } = codeMigration;
}

/// <summary>The database was written by a development build that no release can take over; starting would risk the data.</summary>
public sealed class DatabaseNotUpgradableException(string message) : Exception(message);
