namespace HappyButtons.Engine.Storage;

/// <summary>One numbered SQL script, e.g. <c>0001_foundation.sql</c> has version 1.</summary>
public sealed record Migration(int Version, string Name, string Sql);
