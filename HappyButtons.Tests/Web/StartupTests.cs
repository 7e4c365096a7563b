using System.Net;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HappyButtons.Tests.Web;

public class StartupTests
{
    [Fact]
    public void Start_Fails_WithThePathInTheMessage_WhenTheDataDirectoryIsNotWritable()
    {
        using var temp = new TempDirectory();
        var blocker = temp.File("not-a-directory");
        File.WriteAllText(blocker, "a file where the data directory should be");
        using var factory = new HappyButtonsFactory(dataDirectory: Path.Combine(blocker, "data"));

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Critical(factory);
        Assert.Contains(blocker, critical);
        Assert.Contains("HappyButtons:DataDirectory", critical);
    }

    [Fact]
    public void Start_Fails_WithAClearMessage_WhenTheDatabaseFileIsCorrupt()
    {
        using var temp = new TempDirectory();
        var database = temp.File(StorageServiceCollectionExtensions.DatabaseFileName);
        File.WriteAllBytes(database, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());
        using var factory = new HappyButtonsFactory(dataDirectory: temp.Path);

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Critical(factory);
        Assert.Contains(database, critical);
        Assert.Contains("backup", critical);
        Assert.Equal(8192, new FileInfo(database).Length);
    }

    [Fact]
    public async Task Start_Refuses_ADatabaseWrittenByANewerRelease()
    {
        using var temp = new TempDirectory();
        var path = temp.File(StorageServiceCollectionExtensions.DatabaseFileName);
        // A database whose numbered scripts went further than the last release before EF Core ever did.
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL); " +
                                  "INSERT INTO schema_migrations (version, name, applied_at) VALUES (500, 'future', 0)";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        using var factory = new HappyButtonsFactory(dataDirectory: temp.Path);

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("schema version 500", Critical(factory));
    }

    [Fact]
    public void Start_Fails_NamingTheKey_WhenTheBootstrapPasswordIsTooWeak()
    {
        using var factory = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Bootstrap:AdminPassword"] = "123" });

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("HappyButtons:Bootstrap:AdminPassword", Critical(factory));
    }

    [Fact]
    public void Start_Fails_NamingTheMailbox_WhenAnImapMailboxHasNoHost()
    {
        using var factory = new HappyButtonsFactory(new Dictionary<string, string?>
        {
            ["HappyButtons:Mailboxes:0:Department"] = "sales",
            ["HappyButtons:Mailboxes:0:Kind"] = "Imap",
            ["HappyButtons:Mailboxes:0:User"] = "sales",
        });

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("HappyButtons:Mailboxes (sales): Kind Imap needs Host", Critical(factory));
    }

    [Fact]
    public async Task LoginPosts_AreRateLimitedPerAddress()
    {
        await using var factory = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Security:LoginAttemptsPerMinute"] = "3" });
        var client = factory.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 5; i++)
        {
            var response = await HtmlForms.SubmitAsync(client, "/login", "form[method=post]", new()
            {
                ["Input.UserName"] = "admin", ["Input.Password"] = "wrong-password-" + i, ["Input.Department"] = "info",
            });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    private static string Critical(HappyButtonsFactory factory)
    {
        var lines = factory.Logs.At(Microsoft.Extensions.Logging.LogLevel.Critical).ToList();
        Assert.True(lines.Count > 0, "Expected a critical log line; the log was:\n" + factory.Logs.All);
        return string.Join("\n", lines);
    }
}
