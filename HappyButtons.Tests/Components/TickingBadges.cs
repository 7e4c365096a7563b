using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Web.Live;
using HappyButtons.Web.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HappyButtons.Tests.Components;

/// <summary>A live parent of <see cref="MessageBadges"/> for tests: re-renders on the UI clock like the inbox table does.</summary>
public sealed class TickingBadges : LiveComponentBase
{
    [Parameter] public IntakeFindings? Intake { get; set; }

    protected override void OnLive() => TickEvery();

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<MessageBadges>(0);
        builder.AddComponentParameter(1, nameof(MessageBadges.Intake), Intake);
        builder.CloseComponent();
    }
}
