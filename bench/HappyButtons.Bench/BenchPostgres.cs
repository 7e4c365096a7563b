using Npgsql;

namespace HappyButtons.Bench;

/// <summary>
/// The PostgreSQL server of <c>bench/postgres.sh</c> (HB_BENCH_POSTGRES), when one is running: a new, empty database per
/// measured run, so no run sees another's rows.
/// </summary>
internal static class BenchPostgres
{
    public static string? Server => Environment.GetEnvironmentVariable("HB_BENCH_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>The settings that point the product at a new database on the bench server.</summary>
    public static async Task<Dictionary<string, string?>> NewDatabaseAsync()
    {
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new Dictionary<string, string?>
        {
            ["HappyButtons:Database:Provider"] = "PostgreSql",
            ["HappyButtons:Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString(),
        };
    }
}
