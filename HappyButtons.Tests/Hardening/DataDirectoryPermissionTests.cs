using System.Text;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Tests.Intake.Pipeline;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Hardening;

/// <summary>Issue 18, item 11: the data directory is the service account's alone — directories 0700, files 0600.</summary>
public sealed class DataDirectoryPermissionTests
{
    private const UnixFileMode Group = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute;
    private const UnixFileMode Others = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task TheDataDirectory_TheDatabase_RawMailAndKeys_AreReadableByTheServiceAccountOnly()
    {
        using var parent = new TempDirectory("hb-perm");
        var data = Path.Combine(parent.Path, "data");
        Directory.CreateDirectory(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | Group | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await using var site = new PipelineTestSite(dataDirectory: data);
        site.CreateClient();
        var id = await site.UploadAsync(Departments.Sales, PipelineTestSite.SimpleMail("Rechte", "Nur für den Dienst."));
        await site.WaitProcessedAsync(id);

        var entries = Directory.EnumerateFileSystemEntries(data, "*", SearchOption.AllDirectories).Append(data).ToList();
        Assert.Contains(entries, e => e.EndsWith("happybuttons.db", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains($"{Path.DirectorySeparatorChar}raw{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && File.Exists(e));
        Assert.Contains(entries, e => e.Contains($"{Path.DirectorySeparatorChar}keys{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && File.Exists(e));
        foreach (var entry in entries)
        {
            var mode = File.GetUnixFileMode(entry);
            Assert.True((mode & (Group | Others)) == 0, $"{entry} is {Convert.ToString((int)mode, 8)}, readable by others");
        }
    }
}
