namespace HappyButtons.Bench;

/// <summary>A measured scenario. Figures are printed, never asserted: speed is reported, not tested.</summary>
public interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    Task RunAsync(TextWriter output);
}
