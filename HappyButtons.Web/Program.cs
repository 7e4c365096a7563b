using HappyButtons.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddHappyButtons();
var app = builder.Build();
app.UseHappyButtons();

try
{
    await app.RunAsync();
    return 0;
}
catch (StartupException)
{
    // Already logged with the path or key to fix.
    return 1;
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    app.Logger.LogCritical("Happy Buttons cannot start, the configuration is invalid: {Failures}", string.Join(" ", e.Failures));
    return 1;
}

public partial class Program;
