using System.Runtime.CompilerServices;
using System.Text;

namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// MimeKit looks charsets up with <see cref="Encoding.GetEncoding(string)"/> and caches what it finds on first use, so
/// the legacy code pages (windows-1252, ISO-8859-15, KOI8-R, Shift_JIS, GBK …) must be registered before any MimeKit
/// code runs: when this assembly loads.
/// </summary>
internal static class CodePages
{
#pragma warning disable CA2255 // A module initializer in a library is exactly what MimeKit's charset cache needs.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
