using HappyButtons.Engine.Identity;

namespace HappyButtons.Web.Admin;

/// <summary>Department checkboxes of the user forms, bound as one bool per department.</summary>
public class DepartmentChoice
{
    public bool Info { get; set; }
    public bool Sales { get; set; }
    public bool Support { get; set; }
    public bool Finance { get; set; }

    public IReadOnlyList<string> Selected() =>
        Departments.All.Where(d => Get(d)).ToList();

    public bool Get(string department) => department switch
    {
        Departments.Info => Info,
        Departments.Sales => Sales,
        Departments.Support => Support,
        Departments.Finance => Finance,
        _ => false,
    };

    public void Set(IEnumerable<string> departments)
    {
        var set = departments.ToHashSet();
        Info = set.Contains(Departments.Info);
        Sales = set.Contains(Departments.Sales);
        Support = set.Contains(Departments.Support);
        Finance = set.Contains(Departments.Finance);
    }

    /// <summary>The form field name of a department's checkbox.</summary>
    public static string FieldName(string prefix, string department) =>
        prefix + "." + char.ToUpperInvariant(department[0]) + department[1..];
}
