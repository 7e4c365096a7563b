namespace HappyButtons.Web.Security;

public static class ClaimNames
{
    public const string UserId = "hb:uid";
    public const string DisplayName = "hb:name";
    public const string Department = "hb:dept";
    public const string Language = "hb:lang";
    public const string SecurityStamp = "hb:stamp";

    /// <summary>The token naming the server-side session (<c>SessionStore</c>); the cookie is encrypted, the database keeps only its hash.</summary>
    public const string Session = "hb:sid";
    public const string AdminRole = "admin";
    public const string ApiClient = "hb:api";
}

public static class Policies
{
    /// <summary>Signed-in administrators (cookie).</summary>
    public const string Admin = "Admin";

    /// <summary>Administrators signed in with the cookie, or callers with an administrative API key (the API description).</summary>
    public const string AdminOrApi = "AdminOrApi";

    /// <summary>Callers with a valid API key.</summary>
    public const string Api = "Api";

    /// <summary>Members of the department, e.g. <c>Department:sales</c>.</summary>
    public static string Department(string code) => "Department:" + code;
}
