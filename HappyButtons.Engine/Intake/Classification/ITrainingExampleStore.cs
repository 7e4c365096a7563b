namespace HappyButtons.Engine.Intake.Classification;

/// <summary>Durable home of clerks' corrections; the classifier replays them at start-up.</summary>
public interface ITrainingExampleStore
{
    Task AddAsync(TrainingExample example, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<TrainingExample>> ListAsync(CancellationToken cancellationToken = default);
}

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
