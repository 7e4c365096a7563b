using System.Text.Json;
using System.Text.Json.Serialization;

namespace HappyButtons.Engine.Routing.Persistence;

/// <summary>How a rule is stored: camelCase JSON with enum names, readable in the database and in backups.</summary>
public static class RoutingRuleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(RoutingRule rule) => JsonSerializer.Serialize(rule, Options);

    public static RoutingRule Deserialize(string json) =>
        JsonSerializer.Deserialize<RoutingRule>(json, Options) ?? throw new JsonException("empty routing rule");
}
