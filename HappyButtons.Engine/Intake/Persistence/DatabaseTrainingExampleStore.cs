using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>Clerks' corrections in the database; the classifier replays them at start-up.</summary>
public sealed class DatabaseTrainingExampleStore(IDbContextFactory<HappyButtonsDbContext> contexts, TimeProvider clock) : ITrainingExampleStore
{
    public async Task AddAsync(TrainingExample example, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.TrainingExamples.Add(new Storage.Model.TrainingExample
        {
            Text = example.Text, Intent = example.Intent.ToApiName(), Department = example.Department.ToApiName(), CreatedAt = clock.GetUtcNow(),
        });
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TrainingExample>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.TrainingExamples.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new { e.Text, e.Intent, e.Department }).ToListAsync(cancellationToken);
        return rows.Select(r => TaxonomyNames.TryParseIntent(r.Intent, out var intent) && TaxonomyNames.TryParseDepartment(r.Department, out var department)
                ? new TrainingExample(r.Text, intent, department)
                : null)
            .OfType<TrainingExample>().ToList();
    }
}
