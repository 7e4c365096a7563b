using Bunit;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Components.Admin;

/// <summary>Finding and filling the MudBlazor fields of the administration pages in component tests.</summary>
public static class AdminComponents
{
    public static async Task<AppUser> AdminAsync(this HappyButtonsFactory site) =>
        (await site.Services.GetRequiredService<UserStore>().FindByNameAsync("admin", CancellationToken.None))!;

    /// <summary>A clerk without administrator rights (a member of info), as a crafted circuit event would come from.</summary>
    public static Task<AppUser> ClerkAsync(this HappyButtonsFactory site, string name) =>
        site.CreateUserAsync(name, "Sachbearbeitung-2026", false, Departments.Info);

    /// <summary>The MudBlazor component of type <typeparamref name="T"/> rendered with <c>id="<paramref name="id"/>"</c>.</summary>
    public static IRenderedComponent<T> ById<T, TRoot>(this IRenderedComponent<TRoot> root, string id) where T : MudComponentBase where TRoot : class, IComponent =>
        root.FindComponents<T>().Single(c => c.Instance.UserAttributes.TryGetValue("id", out var value) && value as string == id);

    public static Task TypeAsync<TRoot>(this IRenderedComponent<TRoot> root, string id, string? text) where TRoot : class, IComponent
    {
        var field = root.ById<MudTextField<string>, TRoot>(id);
        return root.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(text));
    }

    public static Task ChooseAsync<TRoot, TValue>(this IRenderedComponent<TRoot> root, string id, TValue value) where TRoot : class, IComponent
    {
        var select = root.ById<MudSelect<TValue>, TRoot>(id);
        return root.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }

    public static Task ChooseManyAsync<TRoot>(this IRenderedComponent<TRoot> root, string id, params string[] values) where TRoot : class, IComponent
    {
        var select = root.ById<MudSelect<string>, TRoot>(id);
        return root.InvokeAsync(() => select.Instance.SelectedValuesChanged.InvokeAsync(values));
    }

    public static Task CheckAsync<TRoot>(this IRenderedComponent<TRoot> root, string id, bool on) where TRoot : class, IComponent
    {
        var box = root.ById<MudCheckBox<bool>, TRoot>(id);
        return root.InvokeAsync(() => box.Instance.ValueChanged.InvokeAsync(on));
    }

    public static Task NumberAsync<TRoot, TValue>(this IRenderedComponent<TRoot> root, string id, TValue value) where TRoot : class, IComponent
    {
        var field = root.ById<MudNumericField<TValue>, TRoot>(id);
        return root.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(value));
    }

    /// <summary>Ticks or clears one department box of the <c>DepartmentPicker</c> inside <paramref name="root"/>.</summary>
    public static Task TickDepartmentAsync<TRoot>(this IRenderedComponent<TRoot> root, string department, bool on = true) where TRoot : class, IComponent
    {
        var box = root.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.UserAttributes.TryGetValue("data-department", out var value) && value as string == department);
        return root.InvokeAsync(() => box.Instance.ValueChanged.InvokeAsync(on));
    }
}
