using System.Text;
using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>One data line of an import file: the customer it describes, or why it cannot be imported.</summary>
public sealed record CustomerCsvRow(int Line, IReadOnlyList<string> Fields, Customer? Customer, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0 && Customer is not null;
}

/// <summary>
/// Reads a customer import: columns <c>number;name;type;vip;language;domains</c>, separated by semicolons or
/// commas (taken from the first line), UTF-8 with or without BOM, optional header line, quoted fields allowed.
/// Domains inside the field are separated by spaces, '|' or the other separator.
/// </summary>
public static class CustomerCsv
{
    public static readonly string[] Columns = ["number", "name", "type", "vip", "language", "domains"];

    public static IReadOnlyList<CustomerCsvRow> Parse(string text)
    {
        text = text.TrimStart('\uFEFF');
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var first = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";
        var separator = first.Count(c => c == ';') >= first.Count(c => c == ',') && first.Contains(';') ? ';' : ',';
        var rows = new List<CustomerCsvRow>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var fields = Split(lines[i], separator);
            if (rows.Count == 0 && fields.Count > 0 && fields[0].Trim().Equals("number", StringComparison.OrdinalIgnoreCase)) continue;
            rows.Add(Read(i + 1, fields, separator, seen));
        }

        return rows;
    }

    private static CustomerCsvRow Read(int line, List<string> fields, char separator, HashSet<string> seen)
    {
        var errors = new List<string>();
        if (fields.Count != Columns.Length)
        {
            return new CustomerCsvRow(line, fields, null, [$"expected {Columns.Length} columns ({string.Join(separator, Columns)}), found {fields.Count}"]);
        }

        var number = fields[0].Trim();
        var name = fields[1].Trim();
        if (number.Length == 0) errors.Add("number is empty");
        else if (!seen.Add(number)) errors.Add($"number {number} appears more than once in the file");
        if (name.Length == 0) errors.Add("name is empty");

        CustomerType type = CustomerType.Regular;
        var typeText = fields[2].Trim().ToLowerInvariant();
        if (typeText is not ("regular" or "oem" or "distributor"))
            errors.Add($"type \"{fields[2].Trim()}\" is not regular, oem or distributor");
        else
            type = Enum.Parse<CustomerType>(typeText, true);

        bool? vip = fields[3].Trim().ToLowerInvariant() switch
        {
            "" or "0" or "no" or "nein" or "false" => false,
            "1" or "yes" or "ja" or "true" or "x" => true,
            _ => null,
        };
        if (vip is null) errors.Add($"vip \"{fields[3].Trim()}\" is not yes/no");

        var language = fields[4].Trim().ToLowerInvariant() switch
        {
            "" or "de" => Language.De,
            "en" => Language.En,
            "other" or "fr" or "nl" or "es" or "it" => Language.Other,
            _ => (Language?)null,
        };
        if (language is null) errors.Add($"language \"{fields[4].Trim()}\" is not de, en or other");

        var domains = fields[5].Split([' ', '|', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.ToLowerInvariant().TrimStart('@')).ToList();
        foreach (var domain in domains.Where(d => !IsDomain(d)))
            errors.Add($"\"{domain}\" is not a mail domain");
        foreach (var domain in domains.Where(FreeMailDomains.Contains))
            errors.Add($"\"{domain}\" is a public mail provider and cannot identify a customer");

        return errors.Count > 0
            ? new CustomerCsvRow(line, fields, null, errors)
            : new CustomerCsvRow(line, fields, new Customer(number, name, type, vip!.Value, language!.Value, domains, []), []);
    }

    private static bool IsDomain(string domain) =>
        domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');

    private static List<string> Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }

        fields.Add(field.ToString());
        return fields;
    }
}
