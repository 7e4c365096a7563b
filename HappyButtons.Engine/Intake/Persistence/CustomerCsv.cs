using System.Text;
using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>What importing a line does.</summary>
public enum CustomerCsvAction
{
    /// <summary>A customer that does not exist yet.</summary>
    Create,
    /// <summary>Replaces values of an existing customer (see <see cref="CustomerCsvRow.Changes"/>).</summary>
    Overwrite,
    /// <summary>An existing customer the line does not change (its contact may still be new).</summary>
    Unchanged,
    /// <summary>A further line of a customer already in the file: only its contact is taken.</summary>
    AddContact,
    /// <summary>Not imported; see <see cref="CustomerCsvRow.Problems"/>.</summary>
    Reject,
}

/// <summary>
/// One data line of an import file: the customer as it will be stored (empty cells keep the stored values), the contact
/// the line carries, the stored customer it overwrites and which of its fields change, or why it cannot be imported.
/// </summary>
public sealed record CustomerCsvRow(int Line, IReadOnlyList<string> Fields, CustomerCsvAction Action, Customer? Customer, Contact? Contact,
    Customer? Existing, IReadOnlyList<CustomerField> Changes, IReadOnlyList<CustomerProblem> Problems)
{
    public bool IsValid => Action != CustomerCsvAction.Reject;
}

/// <summary>An import file as read: its charset and separator, what each column was understood as, and its lines.</summary>
public sealed record CustomerCsvFile(string Charset, char Separator, IReadOnlyList<string> Headers, IReadOnlyList<CustomerField?> Columns,
    IReadOnlyList<CustomerProblem> Problems, IReadOnlyList<CustomerCsvRow> Rows)
{
    /// <summary>The customers to store: new ones and those the file changes.</summary>
    public IReadOnlyList<Customer> Customers => Rows.Where(r => r.Action is CustomerCsvAction.Create or CustomerCsvAction.Overwrite).Select(r => r.Customer!).ToList();

    /// <summary>The contacts of the lines that are imported.</summary>
    public IReadOnlyList<Contact> Contacts => Rows.Where(r => r.IsValid && r.Contact is not null).Select(r => r.Contact!).ToList();

    public int Count(CustomerCsvAction action) => Rows.Count(r => r.Action == action);
}

/// <summary>
/// Reads a customer import as Excel and other programs write it: the charset detected from the bytes, separated by
/// semicolons, commas or tabs, with a header line in German or English (Kundennummer, Name, Typ, VIP, Sprache, Domains,
/// Verträge, Anrede, Titel, Vorname, Nachname, E-Mail …) or, without one, the columns number;name;type;vip;language;domains.
/// A line may carry one contact; further lines with the same number add contacts. An empty cell leaves the stored value.
/// </summary>
public static class CustomerCsv
{
    public const int MaxBytes = 2_000_000;

    public const string NoNumberColumn = "The file has no column for the customer number (Kundennummer or number).";
    public const string UnknownColumn = "The column \"{0}\" is not known and is ignored.";
    public const string TooManyFields = "The line has {0} fields but the header only {1}.";
    public const string TypeInvalid = "The type \"{0}\" is not regular (Stammkunde), OEM or distributor (Händler).";
    public const string VipInvalid = "VIP \"{0}\" is not yes or no.";
    public const string LanguageInvalid = "The language \"{0}\" is not German, English or another language.";
    public const string RepeatDiffers = "Customer number {0} appears again with other data (first on line {1}).";
    public const string RepeatWithoutContact = "Customer number {0} appears more than once (first on line {1}).";
    public const string RepeatOfRejected = "Line {0} with this customer number cannot be imported.";
    public const string ContactElsewhere = "The e-mail address {0} belongs to a contact of customer {1}.";

    /// <summary>Every problem text of an import (each needs its translation), the customer rules' included.</summary>
    public static IReadOnlyList<string> Texts { get; } =
    [
        NoNumberColumn, UnknownColumn, TooManyFields, TypeInvalid, VipInvalid, LanguageInvalid, RepeatDiffers, RepeatWithoutContact, RepeatOfRejected,
        ContactElsewhere, .. CustomerRules.Texts,
    ];

    /// <summary>The columns of a file without a header line, as earlier versions wrote them.</summary>
    public static readonly CustomerField[] DefaultColumns =
        [CustomerField.Number, CustomerField.Name, CustomerField.Type, CustomerField.Vip, CustomerField.Language, CustomerField.Domains];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = CodePage(1252);

    // Header names, compared without case, spaces, dots, dashes, underscores and with umlauts spelled out.
    private static readonly Dictionary<string, CustomerField> HeaderNames = new()
    {
        ["number"] = CustomerField.Number, ["customernumber"] = CustomerField.Number, ["customerno"] = CustomerField.Number, ["no"] = CustomerField.Number,
        ["nr"] = CustomerField.Number, ["nummer"] = CustomerField.Number, ["kundennummer"] = CustomerField.Number, ["kundennr"] = CustomerField.Number,
        ["kdnr"] = CustomerField.Number, ["debitor"] = CustomerField.Number, ["debitorennummer"] = CustomerField.Number,
        ["name"] = CustomerField.Name, ["company"] = CustomerField.Name, ["customer"] = CustomerField.Name, ["customername"] = CustomerField.Name,
        ["firma"] = CustomerField.Name, ["kunde"] = CustomerField.Name, ["kundenname"] = CustomerField.Name, ["firmenname"] = CustomerField.Name,
        ["type"] = CustomerField.Type, ["customertype"] = CustomerField.Type, ["typ"] = CustomerField.Type, ["art"] = CustomerField.Type,
        ["kundenart"] = CustomerField.Type, ["kundentyp"] = CustomerField.Type,
        ["vip"] = CustomerField.Vip,
        ["language"] = CustomerField.Language, ["lang"] = CustomerField.Language, ["sprache"] = CustomerField.Language,
        ["korrespondenzsprache"] = CustomerField.Language,
        ["domains"] = CustomerField.Domains, ["domain"] = CustomerField.Domains, ["maildomains"] = CustomerField.Domains, ["emaildomains"] = CustomerField.Domains,
        ["maildomain"] = CustomerField.Domains, ["emaildomain"] = CustomerField.Domains,
        ["agreements"] = CustomerField.Agreements, ["agreement"] = CustomerField.Agreements, ["frameworkagreements"] = CustomerField.Agreements,
        ["vertrag"] = CustomerField.Agreements, ["vertraege"] = CustomerField.Agreements, ["rahmenvertrag"] = CustomerField.Agreements,
        ["rahmenvertraege"] = CustomerField.Agreements,
        ["salutation"] = CustomerField.Salutation, ["anrede"] = CustomerField.Salutation, ["briefanrede"] = CustomerField.Salutation,
        ["title"] = CustomerField.Title, ["titel"] = CustomerField.Title,
        ["firstname"] = CustomerField.FirstName, ["givenname"] = CustomerField.FirstName, ["vorname"] = CustomerField.FirstName,
        ["lastname"] = CustomerField.LastName, ["surname"] = CustomerField.LastName, ["familyname"] = CustomerField.LastName,
        ["nachname"] = CustomerField.LastName, ["familienname"] = CustomerField.LastName,
        ["email"] = CustomerField.Email, ["mail"] = CustomerField.Email, ["emailaddress"] = CustomerField.Email, ["emailadresse"] = CustomerField.Email,
        ["mailadresse"] = CustomerField.Email,
    };

    private static readonly CustomerField[] ContactFields =
        [CustomerField.Salutation, CustomerField.Title, CustomerField.FirstName, CustomerField.LastName, CustomerField.Email];

    /// <summary>
    /// The text of an import file and the charset it was written in. Deliberately not a statistical detector (such as
    /// UTF.Unknown): the files come from Excel and CRM exports, which write UTF-8 (mostly with a byte order mark),
    /// UTF-16 with a byte order mark, or Windows-1252. A byte order mark says which; otherwise bytes that are valid UTF-8
    /// are UTF-8 (German text in Windows-1252 practically never is: "ü" is one byte there, an invalid UTF-8 sequence), and
    /// everything else is Windows-1252. That check is exact and explainable where a detector guesses from letter
    /// frequencies and can take a short Windows-1252 file for another single-byte code page.
    /// </summary>
    public static (string Text, string Charset) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8.GetString(bytes[3..]), "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), "UTF-16");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16");
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(bytes), "Windows-1252");
        }
    }

    /// <summary>Reads a file's bytes: <see cref="Decode"/>, then <see cref="Read(string, ICustomerDirectory, string)"/>.</summary>
    public static CustomerCsvFile Read(ReadOnlySpan<byte> bytes, ICustomerDirectory stored)
    {
        var (text, charset) = Decode(bytes);
        return Read(text, stored, charset);
    }

    /// <summary>Reads pasted or decoded text against the stored customers: what each line would create or overwrite.</summary>
    public static CustomerCsvFile Read(string text, ICustomerDirectory stored, string charset = "UTF-8")
    {
        text = text.TrimStart('\uFEFF');
        var separator = DetectSeparator(text);
        var records = Records(text, separator).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).ToList();
        if (records.Count == 0)
        {
            return new CustomerCsvFile(charset, separator, [], [], [], []);
        }

        var problems = new List<CustomerProblem>();
        var first = records[0].Fields.Select(h => HeaderNames.TryGetValue(HeaderKey(h), out var field) ? field : (CustomerField?)null).ToList();
        IReadOnlyList<string> headers;
        IReadOnlyList<CustomerField?> columns;
        if (first.Any(c => c is not null))
        {
            headers = records[0].Fields.Select(h => h.Trim()).ToList();
            // A column named twice: the first one counts.
            columns = first.Select((c, i) => c is { } field && first.IndexOf(field) == i ? c : null).ToList();
            problems.AddRange(headers.Where((h, i) => first[i] is null && h.Length > 0).Select(h => new CustomerProblem(CustomerField.Number, UnknownColumn, h)));
            records.RemoveAt(0);
            if (!columns.Contains(CustomerField.Number))
            {
                problems.Insert(0, new CustomerProblem(CustomerField.Number, NoNumberColumn));
                return new CustomerCsvFile(charset, separator, headers, columns, problems, []);
            }
        }
        else
        {
            headers = [];
            columns = DefaultColumns.Select(c => (CustomerField?)c).ToList();
        }

        var reader = new RowReader(columns, stored);
        return new CustomerCsvFile(charset, separator, headers, columns, problems, records.Select(reader.Read).ToList());
    }

    /// <summary>The salutation to store for a form of address such as "Frau" or "Herr"; any other text is taken as written.</summary>
    public static string? Salutation(string? given, string? title, string lastName, Language language)
    {
        var text = (given ?? "").Trim();
        var name = string.Join(" ", new[] { title?.Trim(), lastName.Trim() }.Where(p => !string.IsNullOrEmpty(p)));
        return text.TrimEnd('.').ToLowerInvariant() switch
        {
            "" or "divers" or "mx" => null,
            "frau" or "ms" or "mrs" or "miss" => language == Language.En ? $"Dear Ms {lastName.Trim()}" : $"Sehr geehrte Frau {name}",
            "herr" or "mr" => language == Language.En ? $"Dear Mr {lastName.Trim()}" : $"Sehr geehrter Herr {name}",
            _ => text,
        };
    }

    private static CustomerType? ParseType(string text) => Fold(text) switch
    {
        "regular" or "stammkunde" or "standard" or "normal" or "kunde" or "regulaer" or "endkunde" => CustomerType.Regular,
        "oem" or "oemkunde" => CustomerType.Oem,
        "distributor" or "haendler" or "handel" or "grosshaendler" or "grosshandel" or "wiederverkaeufer" or "reseller" or "dealer"
            or "vertriebspartner" => CustomerType.Distributor,
        _ => null,
    };

    private static bool? ParseVip(string text) => Fold(text) switch
    {
        "0" or "no" or "nein" or "n" or "false" or "falsch" or "-" => false,
        "1" or "yes" or "ja" or "j" or "y" or "true" or "wahr" or "x" => true,
        _ => null,
    };

    private static Language? ParseLanguage(string text) => Fold(text) switch
    {
        "de" or "deu" or "ger" or "deutsch" or "german" => Language.De,
        "en" or "eng" or "englisch" or "english" => Language.En,
        "other" or "andere" or "sonstige" or "franzoesisch" or "french" or "niederlaendisch" or "dutch" or "spanisch" or "spanish"
            or "italienisch" or "italian" => Language.Other,
        var code when code.Length == 2 && code.All(char.IsAsciiLetterLower) => Language.Other,
        _ => null,
    };

    private static string Fold(string text) => HeaderKey(text);

    private static string HeaderKey(string header) => new string(header.Trim().ToLowerInvariant()
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")
            .Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '_' or ':' or '#')).ToArray());

    private static char DetectSeparator(string text)
    {
        var line = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        int Outside(char separator)
        {
            var (count, quoted) = (0, false);
            foreach (var c in line)
            {
                if (c == '"') quoted = !quoted;
                else if (c == separator && !quoted) count++;
            }

            return count;
        }

        return new[] { ';', '\t', ',' }.OrderByDescending(Outside).First() is var best && Outside(best) > 0 ? best : ';';
    }

    /// <summary>The records of a CSV text with the line each starts on; quoted fields may hold separators, quotes ("") and line breaks.</summary>
    private static IEnumerable<(int Line, List<string> Fields)> Records(string text, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted, atFieldStart) = (1, 1, false, true);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && atFieldStart) { quoted = true; atFieldStart = false; }
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); atFieldStart = true; }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                yield return (start, fields);
                (fields, line, atFieldStart) = (new List<string>(), line + 1, true);
                field.Clear();
                start = line;
            }
            else if (atFieldStart && char.IsWhiteSpace(c)) { }
            else { field.Append(c); atFieldStart = false; }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    /// <summary>Turns the lines of one file into rows, remembering the numbers and addresses seen so far.</summary>
    private sealed class RowReader(IReadOnlyList<CustomerField?> columns, ICustomerDirectory stored)
    {
        private readonly Dictionary<string, CustomerCsvRow> _firstByNumber = new(StringComparer.Ordinal);
        private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);

        public CustomerCsvRow Read((int Line, List<string> Fields) record)
        {
            var (line, fields) = record;
            var problems = new List<CustomerProblem>();
            if (fields.Count > columns.Count && fields.Skip(columns.Count).Any(f => f.Trim().Length > 0))
            {
                problems.Add(new(CustomerField.Number, TooManyFields, fields.Count, columns.Count));
            }

            string? Cell(CustomerField field)
            {
                var index = IndexOf(field);
                var value = index >= 0 && index < fields.Count ? fields[index].Replace('\u00A0', ' ').Trim() : "";
                return value.Length == 0 ? null : value;
            }

            var number = Cell(CustomerField.Number) ?? "";
            var existing = CustomerRules.IsValidNumber(number) ? stored.FindByNumber(number) : null;
            // Empty cells take the value the customer has: from an earlier line of this file, else as stored.
            var earlier = number.Length > 0 ? _firstByNumber.GetValueOrDefault(number) : null;
            var basis = earlier?.Customer ?? existing;
            var type = Parsed(Cell(CustomerField.Type), ParseType, CustomerField.Type, TypeInvalid, problems);
            var vip = Parsed(Cell(CustomerField.Vip), ParseVip, CustomerField.Vip, VipInvalid, problems);
            var language = Parsed(Cell(CustomerField.Language), ParseLanguage, CustomerField.Language, LanguageInvalid, problems);
            var domains = CustomerRules.SplitList(Cell(CustomerField.Domains)).Select(CustomerRules.NormalizeDomain).Distinct().ToList();
            var agreements = CustomerRules.SplitList(Cell(CustomerField.Agreements)).Distinct().ToList();
            var customer = new Customer(number, Cell(CustomerField.Name) ?? basis?.Name ?? "", type ?? basis?.Type ?? CustomerType.Regular,
                vip ?? basis?.IsVip ?? false, language ?? basis?.Language ?? Language.De, domains.Count > 0 ? domains : basis?.EmailDomains ?? [],
                agreements.Count > 0 ? agreements : basis?.FrameworkAgreements ?? [])
            {
                Version = existing?.Version ?? 0,
            };
            problems.AddRange(CustomerRules.Check(customer));

            Contact? contact = null;
            if (ContactFields.Any(f => Cell(f) is not null))
            {
                var last = Cell(CustomerField.LastName) ?? "";
                contact = new Contact(Cell(CustomerField.FirstName) ?? "", last, (Cell(CustomerField.Email) ?? "").ToLowerInvariant(), number,
                    Cell(CustomerField.Title), Salutation(Cell(CustomerField.Salutation), Cell(CustomerField.Title), last, customer.Language));
                problems.AddRange(CustomerRules.Check(contact));
                if (contact.Email.Length > 0 && !_emails.Add(contact.Email))
                {
                    problems.Add(new(CustomerField.Email, CustomerRules.EmailTwice, contact.Email));
                }
                else if (contact.Email.Length > 0 && stored.FindContactByEmail(contact.Email) is { } known && known.CustomerNumber != number)
                {
                    problems.Add(new(CustomerField.Email, ContactElsewhere, contact.Email, known.CustomerNumber));
                }
            }

            if (earlier is not null)
            {
                return Repeat(line, fields, earlier, customer, contact, problems);
            }

            var changes = existing is null ? [] : Changes(existing, customer);
            var action = problems.Count > 0 ? CustomerCsvAction.Reject
                : existing is null ? CustomerCsvAction.Create
                : changes.Count > 0 ? CustomerCsvAction.Overwrite : CustomerCsvAction.Unchanged;
            var row = new CustomerCsvRow(line, fields, action, action == CustomerCsvAction.Reject ? null : customer, contact, existing, changes, problems);
            if (number.Length > 0)
            {
                _firstByNumber[number] = row;
            }

            return row;
        }

        private int IndexOf(CustomerField field)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i] == field) return i;
            }

            return -1;
        }

        // A further line of a customer: its customer cells must agree with the first line's, and it must bring a contact.
        private CustomerCsvRow Repeat(int line, List<string> fields, CustomerCsvRow earlier, Customer customer, Contact? contact, List<CustomerProblem> problems)
        {
            if (!earlier.IsValid) problems.Add(new(CustomerField.Number, RepeatOfRejected, earlier.Line));
            else if (Changes(earlier.Customer!, customer).Count > 0) problems.Add(new(CustomerField.Number, RepeatDiffers, customer.Number, earlier.Line));
            else if (contact is null) problems.Add(new(CustomerField.Number, RepeatWithoutContact, customer.Number, earlier.Line));
            var action = problems.Count > 0 ? CustomerCsvAction.Reject : CustomerCsvAction.AddContact;
            return new CustomerCsvRow(line, fields, action, action == CustomerCsvAction.Reject ? null : earlier.Customer, contact, earlier.Existing, [], problems);
        }

        private static T? Parsed<T>(string? cell, Func<string, T?> parse, CustomerField field, string problem, List<CustomerProblem> problems) where T : struct
        {
            if (cell is null) return null;
            var value = parse(cell);
            if (value is null) problems.Add(new(field, problem, cell));
            return value;
        }

        private static List<CustomerField> Changes(Customer before, Customer after)
        {
            var changes = new List<CustomerField>();
            if (before.Name != after.Name) changes.Add(CustomerField.Name);
            if (before.Type != after.Type) changes.Add(CustomerField.Type);
            if (before.IsVip != after.IsVip) changes.Add(CustomerField.Vip);
            if (before.Language != after.Language) changes.Add(CustomerField.Language);
            if (!before.EmailDomains.Order().SequenceEqual(after.EmailDomains.Order())) changes.Add(CustomerField.Domains);
            if (!before.FrameworkAgreements.Order().SequenceEqual(after.FrameworkAgreements.Order())) changes.Add(CustomerField.Agreements);
            return changes;
        }
    }
}
