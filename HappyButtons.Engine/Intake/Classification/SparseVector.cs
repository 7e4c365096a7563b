namespace HappyButtons.Engine.Intake.Classification;

/// <summary>A hashed feature vector: sorted unique indices with their (L2-normalised) values.</summary>
public sealed record SparseVector(int[] Indices, float[] Values)
{
    public int Count => Indices.Length;
}
