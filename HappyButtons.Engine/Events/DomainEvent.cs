namespace HappyButtons.Engine.Events;

/// <summary>Something that happened in the business, published in-process to whoever shows or reacts to it.</summary>
/// <param name="Topic">What changed, e.g. <c>presence</c>, <c>jobs.counts</c>; the live channel uses it as the SSE event name.</param>
/// <param name="Department">The department whose people should see it, or null for everyone allowed to see the topic.</param>
public abstract record DomainEvent(string Topic, string? Department);
