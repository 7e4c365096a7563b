using System.Text.Json;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Conversations;

/// <summary>The person acting: their id and the name the timeline shows.</summary>
public sealed record Actor(long UserId, string Name);

/// <summary>Why an action on a conversation was not done; the UI and the API turn it into a sentence.</summary>
public enum WorkRefusal
{
    NotFound,
    /// <summary>Someone else changed it after the clerk loaded it (<see cref="WorkResult.By"/> says who, when known).</summary>
    Conflict,
    /// <summary>It is in that state already (a colleague closed it a moment earlier, say).</summary>
    AlreadyDone,
    NotAMember,
    UnknownDepartment,
    UnknownState,
    ReasonMissing,
    EmptyNote,
}

/// <summary>The outcome of an action: done (with the new version), or refused with the reason.</summary>
public sealed record WorkResult(WorkRefusal? Refusal, int Version = 0, string? By = null)
{
    public bool Succeeded => Refusal is null;

    public static WorkResult Done(int version) => new(null, version);

    public static WorkResult Refused(WorkRefusal refusal, string? by = null) => new(refusal, 0, by);
}

/// <summary>
/// What clerks do with a conversation: claim, assign, move, change the state, write a note, mark read. Each action checks
/// the conversation's version the clerk saw (when given): a change by someone else in between refuses it with who it was,
/// and the database checks the version in the UPDATE itself, so two clerks (or two nodes) cannot both win. Every action
/// leaves an event in the timeline and tells the queue and the people concerned live.
/// </summary>
public sealed class ConversationWork(
    IDbContextFactory<HappyButtonsDbContext> contexts,
    DatabaseWriteGate writeGate,
    EventHub events,
    TimeProvider clock)
{
    public Task<WorkResult> ClaimAsync(long id, Actor actor, int? expectedVersion, CancellationToken cancellationToken) =>
        AssignAsync(id, actor.UserId, actor, expectedVersion, cancellationToken);

    /// <summary>Gives the conversation to a member of its department (<paramref name="assigneeId"/> null: to nobody).</summary>
    public async Task<WorkResult> AssignAsync(long id, long? assigneeId, Actor actor, int? expectedVersion, CancellationToken cancellationToken)
    {
        string? assigneeName = null;
        var result = await ChangeAsync(id, actor, expectedVersion, async (context, conversation, now) =>
        {
            if (conversation.AssigneeId == assigneeId)
            {
                return WorkRefusal.AlreadyDone;
            }

            if (assigneeId is { } user)
            {
                var member = await context.Users.AsNoTracking().Where(u => u.Id == user && !u.IsDisabled && u.Departments.Any(d => d.Department == conversation.Department))
                    .Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
                if (member is null)
                {
                    return WorkRefusal.NotAMember;
                }

                assigneeName = member;
            }

            conversation.AssigneeId = assigneeId;
            conversation.AssignedAt = assigneeId is null ? null : now;
            var code = assigneeId is null ? EventCode.Unassigned : assigneeId == actor.UserId ? EventCode.Claimed : EventCode.Assigned;
            conversation.Entries.Add(ConversationThreading.Event(code, assigneeName, now, actor.UserId, actor.Name));
            return null;
        }, cancellationToken);

        if (result.Refusal is null && assigneeId is { } to && to != actor.UserId && await SubjectAsync(id, cancellationToken) is { } info)
        {
            events.Publish(new ConversationNotice(to, ConversationNotice.Assigned, id, info.Department, info.Subject, actor.Name));
        }

        return result;
    }

    /// <summary>Moves the conversation to another department with a reason; it keeps its history and loses its assignee.</summary>
    public async Task<WorkResult> MoveAsync(long id, string department, string reason, Actor actor, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (!Departments.IsValid(department))
        {
            return WorkResult.Refused(WorkRefusal.UnknownDepartment);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return WorkResult.Refused(WorkRefusal.ReasonMissing);
        }

        string? from = null;
        var result = await ChangeAsync(id, actor, expectedVersion, (context, conversation, now) =>
        {
            if (conversation.Department == department)
            {
                return Task.FromResult<WorkRefusal?>(WorkRefusal.AlreadyDone);
            }

            from = conversation.Department;
            conversation.Department = department;
            conversation.AssigneeId = null;
            conversation.AssignedAt = null;
            conversation.PleaseCheck = false;
            conversation.Entries.Add(ConversationThreading.Event(EventCode.Moved, from + ">" + department, now, actor.UserId, actor.Name, Limit(reason, 1000)));
            return Task.FromResult<WorkRefusal?>(null);
        }, cancellationToken);

        if (result.Succeeded && from is not null)
        {
            events.Publish(new ConversationChanged(id, from, actor.UserId));
        }

        return result;
    }

    /// <summary>Sets the state (open, pending, resolved, closed) with the clock rules of <see cref="ConversationClock"/>.</summary>
    public Task<WorkResult> SetStateAsync(long id, string state, Actor actor, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (!ConversationState.IsValid(state))
        {
            return Task.FromResult(WorkResult.Refused(WorkRefusal.UnknownState));
        }

        return ChangeAsync(id, actor, expectedVersion, (context, conversation, now) =>
        {
            if (!ConversationClock.SetState(conversation, state, now))
            {
                return Task.FromResult<WorkRefusal?>(WorkRefusal.AlreadyDone);
            }

            conversation.Entries.Add(ConversationThreading.Event(EventCode.State, state, now, actor.UserId, actor.Name));
            return Task.FromResult<WorkRefusal?>(null);
        }, cancellationToken);
    }

    /// <summary>Confirms that an uncertain mail's conversation is in the right department.</summary>
    public Task<WorkResult> ConfirmDepartmentAsync(long id, Actor actor, int? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, expectedVersion, (context, conversation, now) =>
        {
            if (!conversation.PleaseCheck)
            {
                return Task.FromResult<WorkRefusal?>(WorkRefusal.AlreadyDone);
            }

            conversation.PleaseCheck = false;
            conversation.Entries.Add(ConversationThreading.Event(EventCode.Checked, conversation.Department, now, actor.UserId, actor.Name));
            return Task.FromResult<WorkRefusal?>(null);
        }, cancellationToken);

    /// <summary>An internal note; colleagues named with @user-name (members of the department) are told live.</summary>
    public async Task<WorkResult> AddNoteAsync(long id, string text, Actor actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return WorkResult.Refused(WorkRefusal.EmptyNote);
        }

        IReadOnlyList<long> mentioned = [];
        var result = await ChangeAsync(id, actor, null, async (context, conversation, now) =>
        {
            var members = await context.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Departments.Any(d => d.Department == conversation.Department))
                .Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken);
            mentioned = Mentions.Find(text, members.Select(m => (m.Id, m.UserName)).ToList());
            conversation.Entries.Add(new ConversationEntry
            {
                Kind = EntryKind.Note, Text = Limit(text.Trim(), 20_000), AuthorId = actor.UserId, AuthorName = actor.Name, At = now,
                Mentions = mentioned.Count == 0 ? null : JsonSerializer.Serialize(mentioned),
            });
            return null;
        }, cancellationToken);

        if (result.Succeeded && await SubjectAsync(id, cancellationToken) is { } info)
        {
            foreach (var user in mentioned.Where(u => u != actor.UserId))
            {
                events.Publish(new ConversationNotice(user, ConversationNotice.Mentioned, id, info.Department, info.Subject, actor.Name));
            }
        }

        return result;
    }

    /// <summary>Marks the conversation read up to now for one person (no version, no event: reading changes nothing for others).</summary>
    public async Task MarkReadAsync(long id, long userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        var updated = await context.ConversationReads.Where(r => r.ConversationId == id && r.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadAt, now), cancellationToken);
        if (updated == 0 && await context.Conversations.AnyAsync(c => c.Id == id, cancellationToken))
        {
            context.ConversationReads.Add(new ConversationRead { ConversationId = id, UserId = userId, ReadAt = now });
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Marked in another tab at the same moment: read either way.
            }
        }

        events.Publish(new ConversationsRead(userId));
    }

    /// <summary>The department and subject of a conversation, or null.</summary>
    public async Task<(string Department, string Subject)?> SubjectAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.Conversations.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Department, c.Subject }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Department, row.Subject);
    }

    /// <summary>
    /// Loads the conversation tracked, checks the version, applies <paramref name="change"/> and saves with the version raised.
    /// The database refuses the UPDATE when another save got in between; that is a conflict too.
    /// </summary>
    internal async Task<WorkResult> ChangeAsync(long id, Actor actor, int? expectedVersion,
        Func<HappyButtonsDbContext, Conversation, DateTimeOffset, Task<WorkRefusal?>> change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        string department;
        int version;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var conversation = await context.Conversations.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (conversation is null)
            {
                return WorkResult.Refused(WorkRefusal.NotFound);
            }

            if (expectedVersion is { } expected && expected != conversation.Version)
            {
                return WorkResult.Refused(WorkRefusal.Conflict, await LastActorAsync(context, id, cancellationToken));
            }

            if (await change(context, conversation, now) is { } refusal)
            {
                return WorkResult.Refused(refusal, refusal == WorkRefusal.AlreadyDone ? await LastActorAsync(context, id, cancellationToken) : null);
            }

            conversation.Version++;
            conversation.UpdatedAt = now;
            department = conversation.Department;
            version = conversation.Version;
            try
            {
                using var turn = await writeGate.EnterAsync(cancellationToken);
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
                return WorkResult.Refused(WorkRefusal.Conflict, await LastActorAsync(fresh, id, cancellationToken));
            }
        }

        events.Publish(new ConversationChanged(id, department, actor.UserId));
        return WorkResult.Done(version);
    }

    private static Task<string?> LastActorAsync(HappyButtonsDbContext context, long id, CancellationToken cancellationToken) =>
        context.ConversationEntries.AsNoTracking().Where(e => e.ConversationId == id && e.AuthorName != null)
            .OrderByDescending(e => e.Id).Select(e => e.AuthorName).FirstOrDefaultAsync(cancellationToken);

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
