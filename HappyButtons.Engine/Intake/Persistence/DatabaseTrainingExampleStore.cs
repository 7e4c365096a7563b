using Dapper;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>Clerks' corrections in the database; the classifier replays them at start-up.</summary>
public sealed class DatabaseTrainingExampleStore(IDbConnectionFactory connections, TimeProvider clock) : ITrainingExampleStore
{
    public async Task AddAsync(TrainingExample example, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO training_examples (text, intent, department, message_id, created_by, created_at) VALUES (@Text, @Intent, @Department, NULL, NULL, @Now)",
            new
            {
                example.Text, Intent = example.Intent.ToApiName(), Department = example.Department.ToApiName(), Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<TrainingExample>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Text, string Intent, string Department)>(new CommandDefinition(
            "SELECT text, intent, department FROM training_examples ORDER BY id", cancellationToken: cancellationToken));
        return rows.Select(r => TaxonomyNames.TryParseIntent(r.Intent, out var intent) && TaxonomyNames.TryParseDepartment(r.Department, out var department)
                ? new TrainingExample(r.Text, intent, department)
                : null)
            .OfType<TrainingExample>().ToList();
    }
}
