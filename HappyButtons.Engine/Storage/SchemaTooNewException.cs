namespace HappyButtons.Engine.Storage;

/// <summary>The database was migrated by a newer version of the application; starting would risk the data.</summary>
public sealed class SchemaTooNewException(string location, int databaseVersion, int codeVersion)
    : Exception($"The database at '{location}' has schema version {databaseVersion}, but this version of Happy Buttons " +
                $"knows migrations only up to {codeVersion}. It was written by a newer release; start that release " +
                "or restore a backup made for this one. Nothing was changed.")
{
    public int DatabaseVersion { get; } = databaseVersion;
    public int CodeVersion { get; } = codeVersion;
}
