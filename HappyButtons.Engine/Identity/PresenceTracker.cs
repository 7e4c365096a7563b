using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Identity;

public sealed record PresentUser(long UserId, string DisplayName);

/// <summary>Raised when the set of people present in a department's workspace changes.</summary>
public sealed record PresenceChanged(string ForDepartment) : DomainEvent(PresenceTracker.Topic, ForDepartment);

/// <summary>
/// Who is signed in and has a department's workspace open: a person is present while at least one of
/// their browser tabs holds the live connection, and leaves at once when they sign out.
/// </summary>
public sealed class PresenceTracker(EventHub events)
{
    public const string Topic = "presence";

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Department, long UserId), (string DisplayName, int Connections)> _present = [];

    /// <summary>Registers one open connection; dispose the result when the connection closes.</summary>
    public IDisposable Enter(string department, long userId, string displayName)
    {
        bool changed;
        lock (_gate)
        {
            var key = (department, userId);
            _present.TryGetValue(key, out var entry);
            changed = entry.Connections == 0;
            _present[key] = (displayName, entry.Connections + 1);
        }

        if (changed)
        {
            events.Publish(new PresenceChanged(department));
        }

        return new Departure(() => Leave(department, userId));
    }

    /// <summary>Removes the user from every department at once (sign-out, disabled account).</summary>
    public void SignOut(long userId)
    {
        List<string> departments;
        lock (_gate)
        {
            departments = _present.Keys.Where(k => k.UserId == userId).Select(k => k.Department).ToList();
            foreach (var department in departments)
            {
                _present.Remove((department, userId));
            }
        }

        foreach (var department in departments)
        {
            events.Publish(new PresenceChanged(department));
        }
    }

    public IReadOnlyList<PresentUser> PresentIn(string department)
    {
        lock (_gate)
        {
            return _present.Where(p => p.Key.Department == department)
                .Select(p => new PresentUser(p.Key.UserId, p.Value.DisplayName))
                .OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
        }
    }

    private void Leave(string department, long userId)
    {
        bool changed;
        lock (_gate)
        {
            var key = (department, userId);
            if (!_present.TryGetValue(key, out var entry))
            {
                return;
            }

            changed = entry.Connections <= 1;
            if (changed)
            {
                _present.Remove(key);
            }
            else
            {
                _present[key] = (entry.DisplayName, entry.Connections - 1);
            }
        }

        if (changed)
        {
            events.Publish(new PresenceChanged(department));
        }
    }

    private sealed class Departure(Action leave) : IDisposable
    {
        private Action? _leave = leave;

        public void Dispose() => Interlocked.Exchange(ref _leave, null)?.Invoke();
    }
}
