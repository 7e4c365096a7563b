using Bunit;
using HappyButtons.Engine.Identity;
using HappyButtons.Web.Components.Layout;
using HappyButtons.Web.Security;
using MudBlazor;

namespace HappyButtons.Tests.Components;

public class DepartmentSwitcherTests
{
    private static AppUser User(bool admin, params string[] departments) => new()
    {
        Id = 7, UserName = "paul", DisplayName = "Paul Beispiel", IsAdmin = admin, Departments = departments, SecurityStamp = "s", Language = "de",
    };

    [Theory]
    [InlineData(false, new[] { "sales", "support" }, new[] { "/sales", "/support" })]
    [InlineData(true, new[] { "info" }, new[] { "/info", "/admin/users" })]
    public async Task TheMenu_OffersExactlyTheUsersDepartments_AndAdministrationOnlyToAdministrators(bool admin, string[] departments, string[] links)
    {
        await using var context = ComponentContext.Create(null, null);
        var popovers = context.Render<MudPopoverProvider>();
        var menu = context.Render<DepartmentSwitcher>(p => p.Add(s => s.User, UserPrincipal.Create(User(admin, departments), "no-session")).Add(s => s.Current, departments[^1]));

        Assert.Contains(departments[^1] == "support" ? "Kundendienst" : "Info", menu.Find(".department-switcher").TextContent);
        menu.Find(".department-switcher button").Click();

        popovers.WaitForAssertion(() => Assert.Equal(links, popovers.FindComponents<MudMenuItem>().Select(m => m.Instance.Href).ToArray()));
    }
}
