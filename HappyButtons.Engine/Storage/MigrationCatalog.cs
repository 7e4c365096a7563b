using System.Reflection;

namespace HappyButtons.Engine.Storage;

/// <summary>Reads the numbered SQL scripts embedded in the Engine for one dialect.</summary>
public static class MigrationCatalog
{
    public static IReadOnlyList<Migration> Load(string dialect)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = $"migrations/{dialect}/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var normalised = resource.Replace('\\', '/');
            if (!normalised.StartsWith(prefix, StringComparison.Ordinal) || !normalised.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = normalised[prefix.Length..^".sql".Length];
            var separator = fileName.IndexOf('_');
            if (separator <= 0 || !int.TryParse(fileName[..separator], out var version))
            {
                throw new InvalidOperationException($"Migration '{resource}' must be named NNNN_name.sql.");
            }

            migrations.Add(new Migration(version, fileName[(separator + 1)..], Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations share version {migrations[i].Version}.");
            }
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
