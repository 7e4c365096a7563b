using System.Runtime.InteropServices;

namespace HappyButtons.Tests.Fixtures.MailServers;

/// <summary>Looks up users and groups in /etc/passwd and /etc/group and changes file ownership.</summary>
internal static class UnixAccounts
{
    public static bool IsRoot => GetUid() == 0;

    public static (int Uid, int Gid) CurrentUser => ((int)GetUid(), (int)GetGid());

    public static (int Uid, int Gid) User(string name)
    {
        var fields = File.ReadLines("/etc/passwd").Select(l => l.Split(':')).FirstOrDefault(f => f[0] == name)
            ?? throw new InvalidOperationException($"No system user '{name}'; run scripts/test.sh (it installs the Debian packages)");
        return (int.Parse(fields[2]), int.Parse(fields[3]));
    }

    public static int Group(string name)
    {
        var fields = File.ReadLines("/etc/group").Select(l => l.Split(':')).FirstOrDefault(f => f[0] == name)
            ?? throw new InvalidOperationException($"No system group '{name}'; run scripts/test.sh (it installs the Debian packages)");
        return int.Parse(fields[2]);
    }

    public static void Own(string path, int uid, int gid)
    {
        if (Chown(path, uid, gid) != 0)
        {
            throw new IOException($"chown {uid}:{gid} {path} failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    public static void SetMode(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The live mail servers run on Linux only.");
        }

        File.SetUnixFileMode(path, mode);
    }

    [DllImport("libc", EntryPoint = "getuid")]
    private static extern uint GetUid();

    [DllImport("libc", EntryPoint = "getgid")]
    private static extern uint GetGid();

    [DllImport("libc", EntryPoint = "chown", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int Chown(string path, int uid, int gid);
}
