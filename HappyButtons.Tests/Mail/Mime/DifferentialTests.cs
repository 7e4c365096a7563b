using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HappyButtons.Engine.Mail.Mime;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Mime;

/// <summary>
/// Parses a generated corpus with our parser and with Python's email package (policy.default) and
/// compares subject, addresses, date, plain body and attachment names/sizes. Every tolerated
/// difference is a (kind of input, field) pair documented in docs/mime.md; anything else fails.
/// </summary>
public class DifferentialTests
{
    /// <summary>Mirror of the table in docs/mime.md ("Differential check against Python").</summary>
    private static readonly Dictionary<(string Kind, string Field), string> Documented = new()
    {
        [("encoded-subject", "from")] = "we trim whitespace at the ends of a display name, also when it sits inside an encoded-word",
        [("comment-name", "to")] = "for \"addr (Name)\" we use the comment as display name; Python reports none",
        [("raw-utf8-header", "from")] = "we read raw UTF-8 display names; Python's address parser turns the bytes into U+FFFD",
        [("unquoted-comma-name", "to")] = "\"Last, First <addr>\" without quotes is one mailbox for us; Python yields a domain-less address plus one",
        [("raw-1252-header", "subject")] = "non-UTF-8 raw header bytes are read as windows-1252; Python shows U+FFFD",
        [("raw-1252-header", "from")] = "the same for display names",
        [("named-zone-date", "date")] = "we know CEST/CET/MEZ and friends; Python reads unknown zone names as UTC",
        [("flowed", "text")] = "we unwrap format=flowed (RFC 3676, DelSp); Python returns the wire lines",
        [("no-boundary", "text")] = "a multipart without boundary is shown as text; Python yields an empty body",
        [("unknown-charset", "text")] = "unknown charsets fall back to UTF-8, then windows-1252; Python raises LookupError",
        [("mislabelled-utf8", "text")] = "text labelled UTF-8 without a single UTF-8 sequence is read as windows-1252; Python shows U+FFFD",
        [("garbage", "text")] = "undeclared 8-bit body bytes are read as windows-1252; Python shows U+FFFD",
    };

    [Fact]
    public void Parse_AgreesWithPythonEmail_ExceptForDocumentedImprovements()
    {
        var corpus = DifferentialCorpus.Build();
        Assert.InRange(corpus.Count, 190, 400);
        var directory = Directory.CreateTempSubdirectory("hb-mime-diff-");
        try
        {
            for (var i = 0; i < corpus.Count; i++) File.WriteAllBytes(Path.Combine(directory.FullName, $"{i:000}.eml"), corpus[i].Bytes);
            var python = RunPython(directory.FullName);

            var unexplained = new List<string>();
            var tolerated = new HashSet<(string, string)>();
            for (var i = 0; i < corpus.Count; i++)
            {
                var ours = Describe(MimeParser.Parse(corpus[i].Bytes));
                var theirs = python[$"{i:000}.eml"];
                foreach (var field in Differences(ours, theirs))
                {
                    if (Documented.ContainsKey((corpus[i].Kind, field))) tolerated.Add((corpus[i].Kind, field));
                    else unexplained.Add($"{i:000}.eml ({corpus[i].Kind}) {field}: ours={ours.GetProperty(field)} python={theirs.GetProperty(field)}");
                }
            }

            Assert.True(unexplained.Count == 0, "Undocumented differences from Python's email package:\n" + string.Join("\n", unexplained));
            var stale = Documented.Keys.Where(k => !tolerated.Contains(k)).ToList();
            Assert.True(stale.Count == 0, "Documented differences that no longer occur (update docs/mime.md): " + string.Join(", ", stale));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Differences(JsonElement ours, JsonElement theirs)
    {
        foreach (var field in new[] { "subject", "from", "to", "date", "text", "attachments" })
        {
            if (theirs.TryGetProperty("error", out _)) yield break;
            if (!JsonEqual(ours.GetProperty(field), theirs.GetProperty(field))) yield return field;
        }
    }

    private static bool JsonEqual(JsonElement a, JsonElement b) => a.GetRawText() == b.GetRawText()
        || JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);

    private static JsonElement Describe(MimeMessage message)
    {
        static object Addresses(IReadOnlyList<EmailAddress> list) => list.Select(a => new { name = a.DisplayName, addr = a.Address }).ToArray();
        var names = new List<object>();
        CollectNames(message.Body, names);
        var value = new
        {
            subject = message.Subject,
            from = Addresses(message.FromList),
            to = Addresses(message.To),
            date = message.Date?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            text = message.TextBodyPart is null ? null : Normalize(message.TextBody!),
            attachments = names,
        };
        return JsonSerializer.SerializeToElement(value);
    }

    private static void CollectNames(MimeEntity entity, List<object> names)
    {
        foreach (var child in entity.Children) CollectNames(child, names);
        if (entity.IsMultipart || entity.FileName is null) return;
        var size = entity.ContentType.Is("message", "rfc822") ? -1 : entity.GetContent().Length;
        names.Add(new { name = entity.FileName, size });
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static Dictionary<string, JsonElement> RunPython(string directory)
    {
        var script = Path.Combine(directory, "describe.py");
        File.WriteAllText(script, PythonScript);
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(directory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started; it is needed for the differential check.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("python3 differential script timed out");
        }
        Assert.True(process.ExitCode == 0, "python3 failed: " + error.Result);
        using var document = JsonDocument.Parse(output.Result);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    private const string PythonScript = """
        import json, os, sys
        from email import policy
        from email.parser import BytesParser

        def clean(s):
            return None if s is None else str(s).encode('utf-8', 'replace').decode('utf-8')

        def addresses(msg, name):
            header = msg[name]
            if header is None:
                return []
            return [{'name': clean(a.display_name) or None, 'addr': clean(a.addr_spec)} for a in header.addresses]

        def names(part, out):
            ctype = part.get_content_type()
            if part.is_multipart() and ctype != 'message/rfc822':
                for sub in part.get_payload():
                    names(sub, out)
                return
            filename = part.get_filename()
            if filename is None:
                return
            if ctype == 'message/rfc822':
                size = -1
            else:
                payload = part.get_payload(decode=True)
                size = len(payload) if payload is not None else -1
            out.append({'name': clean(filename), 'size': size})

        def describe(path):
            with open(path, 'rb') as f:
                msg = BytesParser(policy=policy.default).parse(f)
            result = {}
            result['subject'] = clean(msg['subject']) if msg['subject'] is not None else None
            result['from'] = addresses(msg, 'from')
            result['to'] = addresses(msg, 'to')
            date = msg['date']
            dt = getattr(date, 'datetime', None) if date is not None else None
            if dt is not None and dt.tzinfo is not None:
                dt = dt.astimezone(__import__('datetime').timezone.utc).replace(tzinfo=None)
            result['date'] = dt.strftime('%Y-%m-%dT%H:%M:%S') if dt is not None else None
            try:
                body = msg.get_body(preferencelist=('plain',))
                result['text'] = clean(body.get_content()).replace('\r\n', '\n') if body is not None else None
            except Exception as e:
                result['text'] = 'python error: ' + type(e).__name__
            attachments = []
            names(msg, attachments)
            result['attachments'] = attachments
            return result

        directory = sys.argv[1]
        output = {}
        for name in sorted(os.listdir(directory)):
            if name.endswith('.eml'):
                try:
                    output[name] = describe(os.path.join(directory, name))
                except Exception as e:
                    output[name] = {'error': type(e).__name__ + ': ' + str(e)}
        json.dump(output, sys.stdout, ensure_ascii=True)
        """;
}
