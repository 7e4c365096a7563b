namespace HappyButtons.Web.Hosting;

/// <summary>The installation cannot start; the message names the path or key to fix.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
