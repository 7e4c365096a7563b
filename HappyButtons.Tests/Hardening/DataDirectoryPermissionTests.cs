using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HappyButtons.Tests.Intake.Pipeline;
using HappyButtons.Tests.Support;

namespace HappyButtons.Tests.Hardening;

/// <summary>
/// Issue 18, item 11: the data directory is the service account's alone — directories 0700, files 0600 — in the real
/// app process (a test host inside the test process keeps the test's own file permissions).
/// </summary>
public sealed class DataDirectoryPermissionTests
{
    private const UnixFileMode Group = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute;
    private const UnixFileMode Others = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task TheDataDirectory_TheDatabase_RawMailAndKeys_AreReadableByTheServiceAccountOnly()
    {
        using var parent = new TempDirectory("hb-perm");
        var data = Path.Combine(parent.Path, "data");
        // An existing data directory with the default permissions, as an earlier release left it.
        Directory.CreateDirectory(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | Group | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await using (var app = await AppProcess.StartAsync(data))
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Rechte", "Nur für den Dienst.")));
            content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
            Assert.Equal(HttpStatusCode.Accepted, (await app.ApiClient().PostAsync("/api/messages?mailbox=sales", content)).StatusCode);
        }

        var entries = Directory.EnumerateFileSystemEntries(data, "*", SearchOption.AllDirectories).Append(data).ToList();
        Assert.Contains(entries, e => e.EndsWith("happybuttons.db", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EndsWith("hangfire.db", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains($"{Path.DirectorySeparatorChar}raw{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && File.Exists(e));
        Assert.Contains(entries, e => e.Contains($"{Path.DirectorySeparatorChar}keys{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && File.Exists(e));
        foreach (var entry in entries)
        {
            var mode = File.GetUnixFileMode(entry);
            Assert.True((mode & (Group | Others)) == 0, $"{entry} is {Convert.ToString((int)mode, 8)}, readable by others");
        }
    }
}
