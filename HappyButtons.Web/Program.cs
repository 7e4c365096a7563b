using HappyButtons.Web.Hosting;

// Before anything creates a file: the database, raw mail, keys and outbox are the service account's alone. Only when this
// is the process's own program — a test host running the app in its process keeps its own file permissions.
if (System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly)
{
    HappyButtons.Engine.Storage.UnixFileSystem.RestrictNewFilesToOwner();
}

if (DatabaseCopyCommand.IsRequested(args))
{
    return await DatabaseCopyCommand.RunAsync(args);
}

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
