namespace HappyButtons.Engine.Intake.Classification;

/// <summary>Training store for tests and the first deployment; corrections are lost on restart.</summary>
public sealed class InMemoryTrainingExampleStore : ITrainingExampleStore
{
    private readonly List<TrainingExample> _examples = [];
    private readonly Lock _gate = new();

    public Task AddAsync(TrainingExample example, CancellationToken cancellationToken = default)
    {
        lock (_gate) _examples.Add(example);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TrainingExample>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<TrainingExample>>(_examples.ToList());
    }
}
