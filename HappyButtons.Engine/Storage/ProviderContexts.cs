using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HappyButtons.Engine.Storage;

/// <summary>The model on SQLite, with SQLite's migrations (<c>Storage/Migrations/Sqlite</c>).</summary>
public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : HappyButtonsDbContext(options);

/// <summary>The model on PostgreSQL, with PostgreSQL's migrations (<c>Storage/Migrations/PostgreSql</c>).</summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : HappyButtonsDbContext(options);

/// <summary>For <c>dotnet ef migrations add … --context SqliteDbContext</c>; the file name is never opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDbContext>
{
    public SqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>For <c>dotnet ef migrations add … --context PostgresDbContext</c>; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
