using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace HappyButtons.Tests.Fixtures.Databases;

/// <summary>
/// One real PostgreSQL 15 server for the whole test run: initdb into a temp directory and pg_ctl as user postgres, on a
/// free loopback port, stopped when the test process exits. Each test gets a database of its own
/// (<see cref="CreateDatabaseAsync"/>). Durability settings are off: the tests are about behaviour, not power cuts.
/// Needs root (to act as postgres) and Debian's postgresql package (scripts/test.sh installs it).
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _directory;
    private readonly string _binaries;

    private PostgresServer(string directory, string binaries, int port)
    {
        _directory = directory;
        _binaries = binaries;
        Port = port;
    }

    public int Port { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "hb_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=30;Timeout=30;Command Timeout=60";

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("The PostgreSQL tests start their own server as user postgres, which needs root.");
        }

        var binaries = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                           .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderDescending().FirstOrDefault()
                       ?? throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/pg_ctl); scripts/test.sh installs it.");
        var directory = Path.Combine(Path.GetTempPath(), "hb-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        await RunAsync("chown", ["postgres:postgres", directory]);
        var data = Path.Combine(directory, "data");
        await RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(binaries, "initdb"), "-D", data, "-A", "trust", "-U", "postgres",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        var port = FreePort();
        var server = new PostgresServer(directory, binaries, port);
        await RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(binaries, "pg_ctl"), "-D", data, "-l", Path.Combine(directory, "server.log"),
            "-w", "-t", "60", "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
                                    "-c full_page_writes=off -c max_connections=400 -c shared_buffers=128MB", "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try
        {
            using var stop = Process.Start(new ProcessStartInfo("runuser",
                ["-u", "postgres", "--", Path.Combine(_binaries, "pg_ctl"), "-D", Path.Combine(_directory, "data"), "-m", "immediate", "stop"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            });
            stop?.WaitForExit(10_000);
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception)
        {
            // The process is ending; a leftover temp directory is the worst outcome.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}
