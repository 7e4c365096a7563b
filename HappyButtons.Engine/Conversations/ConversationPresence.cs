using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Conversations;

public sealed record ConversationViewer(long UserId, string DisplayName, bool Typing);

/// <summary>
/// Who has a conversation open right now and who is typing a reply or note in it (this node's circuits; in memory).
/// A person is there while one of their tabs holds it open; typing ends when they send, leave, or say so.
/// </summary>
public sealed class ConversationPresence(EventHub events)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(long Conversation, long User), Viewer> _viewers = [];

    private sealed record Viewer(string Department, string DisplayName, int Connections, bool Typing);

    public IDisposable Enter(long conversationId, string department, long userId, string displayName)
    {
        bool changed;
        lock (_gate)
        {
            _viewers.TryGetValue((conversationId, userId), out var viewer);
            changed = viewer is null;
            _viewers[(conversationId, userId)] = new Viewer(department, displayName, (viewer?.Connections ?? 0) + 1, viewer?.Typing ?? false);
        }

        if (changed)
        {
            events.Publish(new ConversationPresenceChanged(conversationId, department));
        }

        return new Departure(() => Leave(conversationId, userId));
    }

    public void SetTyping(long conversationId, long userId, bool typing)
    {
        string? department = null;
        lock (_gate)
        {
            if (_viewers.TryGetValue((conversationId, userId), out var viewer) && viewer.Typing != typing)
            {
                _viewers[(conversationId, userId)] = viewer with { Typing = typing };
                department = viewer.Department;
            }
        }

        if (department is not null)
        {
            events.Publish(new ConversationPresenceChanged(conversationId, department));
        }
    }

    public IReadOnlyList<ConversationViewer> In(long conversationId)
    {
        lock (_gate)
        {
            return _viewers.Where(v => v.Key.Conversation == conversationId)
                .Select(v => new ConversationViewer(v.Key.User, v.Value.DisplayName, v.Value.Typing))
                .OrderBy(v => v.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
        }
    }

    private void Leave(long conversationId, long userId)
    {
        string? department = null;
        lock (_gate)
        {
            if (!_viewers.TryGetValue((conversationId, userId), out var viewer))
            {
                return;
            }

            if (viewer.Connections <= 1)
            {
                _viewers.Remove((conversationId, userId));
                department = viewer.Department;
            }
            else
            {
                _viewers[(conversationId, userId)] = viewer with { Connections = viewer.Connections - 1 };
            }
        }

        if (department is not null)
        {
            events.Publish(new ConversationPresenceChanged(conversationId, department));
        }
    }

    private sealed class Departure(Action leave) : IDisposable
    {
        private Action? _leave = leave;

        public void Dispose() => Interlocked.Exchange(ref _leave, null)?.Invoke();
    }
}
