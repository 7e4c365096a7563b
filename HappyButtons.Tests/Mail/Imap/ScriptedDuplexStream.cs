using System.Text;

namespace HappyButtons.Tests.Mail.Imap;

/// <summary>
/// A fake server connection that replays a recorded transcript: server lines are returned to the
/// client's reads in order, and every client write must match the next expected client line
/// byte for byte. A read that would need a client line not yet written waits for it.
/// </summary>
public sealed class ScriptedDuplexStream : Stream
{
    private readonly Queue<(bool FromServer, byte[] Bytes, bool Disconnect)> _steps = new();
    private readonly List<byte> _written = [];
    private readonly SemaphoreSlim _changed = new(0);
    private readonly object _gate = new();
    private byte[] _readable = [];
    private int _readPosition;
    private bool _closedByServer;

    public string? Mismatch { get; private set; }

    /// <summary>Largest number of bytes one read returns; 1 makes every token straddle reads.</summary>
    public int MaxReadSize { get; init; } = int.MaxValue;

    public ScriptedDuplexStream Server(string line) => ServerRaw(Encoding.UTF8.GetBytes(line + "\r\n"));

    public ScriptedDuplexStream ServerRaw(byte[] bytes)
    {
        _steps.Enqueue((true, bytes, false));
        return this;
    }

    public ScriptedDuplexStream Client(string line) => ClientRaw(Encoding.UTF8.GetBytes(line + "\r\n"));

    public ScriptedDuplexStream ClientRaw(byte[] bytes)
    {
        _steps.Enqueue((false, bytes, false));
        return this;
    }

    /// <summary>The server closes the connection here: reads return end of stream.</summary>
    public ScriptedDuplexStream Disconnect()
    {
        _steps.Enqueue((true, [], true));
        return this;
    }

    /// <summary>Fails the test when the client deviated from the script or left expected lines unsent.</summary>
    public void AssertComplete()
    {
        Assert.Null(Mismatch);
        lock (_gate)
        {
            var remaining = _steps.Where(s => !s.FromServer).Select(s => Encoding.UTF8.GetString(s.Bytes)).ToList();
            Assert.True(remaining.Count == 0, "client never sent: " + string.Join(" | ", remaining));
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_readPosition < _readable.Length)
                {
                    var count = Math.Min(Math.Min(buffer.Length, MaxReadSize), _readable.Length - _readPosition);
                    _readable.AsMemory(_readPosition, count).CopyTo(buffer);
                    _readPosition += count;
                    return count;
                }

                if (_closedByServer)
                {
                    return 0;
                }

                if (_steps.TryPeek(out var next) && next.FromServer)
                {
                    _steps.Dequeue();
                    _closedByServer = next.Disconnect;
                    _readable = next.Bytes;
                    _readPosition = 0;
                    continue;
                }

                if (_steps.Count == 0)
                {
                    _closedByServer = true;
                    continue;
                }
            }

            await _changed.WaitAsync(cancellationToken);
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _written.AddRange(buffer.ToArray());
            while (_steps.TryPeek(out var next) && !next.FromServer && _written.Count > 0)
            {
                var expected = next.Bytes;
                var compare = Math.Min(expected.Length, _written.Count);
                if (!_written.Take(compare).SequenceEqual(expected.Take(compare)))
                {
                    Mismatch = $"expected client to send '{Encoding.UTF8.GetString(expected)}' but got '{Encoding.UTF8.GetString(_written.ToArray())}'";
                    throw new IOException(Mismatch);
                }

                if (compare < expected.Length)
                {
                    break;
                }

                _written.RemoveRange(0, expected.Length);
                _steps.Dequeue();
            }

            if (_written.Count > 0 && !(_steps.TryPeek(out var pending) && !pending.FromServer))
            {
                Mismatch = $"client sent unexpected '{Encoding.UTF8.GetString(_written.ToArray())}'";
                throw new IOException(Mismatch);
            }
        }

        _changed.Release();
        return ValueTask.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Flush()
    {
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
