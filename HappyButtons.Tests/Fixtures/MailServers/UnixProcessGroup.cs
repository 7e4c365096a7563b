using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace HappyButtons.Tests.Fixtures.MailServers;

/// <summary>
/// A server process started in its own process group (via setsid) so that disposing it stops
/// the daemon and every child it forked. Output is kept for error messages.
/// </summary>
internal sealed class UnixProcessGroup : IDisposable
{
    private const int SigTerm = 15;
    private const int SigKill = 9;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private UnixProcessGroup(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static UnixProcessGroup Start(string executable, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var group = new UnixProcessGroup(process);
        process.OutputDataReceived += (_, e) => group.Append(e.Data);
        process.ErrorDataReceived += (_, e) => group.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return group;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // A child started by .NET is not a group leader, so setsid execs in place: pid == pgid.
            _ = Kill(-_process.Id, SigTerm);
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                _ = Kill(-_process.Id, SigKill);
                _process.WaitForExit(TimeSpan.FromSeconds(2));
            }
        }

        _ = Kill(-_process.Id, SigKill);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
