using System.Security.Claims;
using HappyButtons.Engine.Intake;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Workspace.Messages;

/// <summary>Who may read a message: members of the department it is routed to, and of the mailbox it arrived in.</summary>
public static class MessageAccess
{
    public static bool CanSee(ClaimsPrincipal user, MessageDetail message) =>
        user.IsMemberOf(message.Mailbox) || (message.Department is { } department && user.IsMemberOf(department));
}
