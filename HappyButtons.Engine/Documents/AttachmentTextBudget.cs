namespace HappyButtons.Engine.Documents;

/// <summary>
/// What reading the text of one mail's attachments may cost: CPU time of the reading thread and bytes of decompressed
/// PDF streams. A PDF "decompression bomb" (a few hundred KB that inflate to gigabytes) or a pathological document runs
/// into it and stops with a reason instead of stalling or exhausting the worker. One budget per mail, shared by its
/// attachments; not thread-safe (one mail is read on one thread).
/// </summary>
public sealed class AttachmentTextBudget(TimeSpan cpuTime, long decodedBytes)
{
    public static AttachmentTextBudget PerMail() => new(TimeSpan.FromSeconds(10), 256L * 1024 * 1024);

    private readonly TimeSpan _cpuStart = ThreadCpuClock.Now();
    private long _decoded;

    public TimeSpan CpuTime { get; } = cpuTime;
    public long DecodedBytes { get; } = decodedBytes;

    public bool IsExhausted => Reason() is not null;

    /// <summary>Decoded bytes still allowed.</summary>
    public long RemainingBytes => Math.Max(0, DecodedBytes - _decoded);

    /// <summary>Counts decoded bytes; throws <see cref="AttachmentBudgetExceededException"/> once a limit is passed.</summary>
    public void Charge(long bytes)
    {
        _decoded += bytes;
        Check();
    }

    public void Check()
    {
        if (Reason() is { } reason)
        {
            throw new AttachmentBudgetExceededException(reason);
        }
    }

    private string? Reason()
    {
        if (_decoded > DecodedBytes)
        {
            return $"the attachments of this mail decompress to more than {DecodedBytes / (1024 * 1024)} MB (a possible decompression bomb); reading stopped";
        }

        var used = ThreadCpuClock.Now() - _cpuStart;
        return used > CpuTime ? $"reading the attachments of this mail took more than {CpuTime.TotalSeconds:0} s of CPU time; reading stopped" : null;
    }
}

public sealed class AttachmentBudgetExceededException(string reason) : Exception(reason);
