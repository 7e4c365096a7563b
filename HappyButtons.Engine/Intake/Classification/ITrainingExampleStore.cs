namespace HappyButtons.Engine.Intake.Classification;

/// <summary>Durable home of clerks' corrections; the classifier replays them at start-up.</summary>
public interface ITrainingExampleStore
{
    Task AddAsync(TrainingExample example, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<TrainingExample>> ListAsync(CancellationToken cancellationToken = default);
}
