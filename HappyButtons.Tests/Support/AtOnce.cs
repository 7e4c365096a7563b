namespace HappyButtons.Tests.Support;

public static class AtOnce
{
    /// <summary>
    /// Runs the calls on threads of their own, released together, so they really overlap: on two cores the thread pool
    /// would otherwise start them a few at a time, one after the other.
    /// </summary>
    public static async Task<T[]> RunAsync<T>(int count, Func<int, Task<T>> call)
    {
        using var start = new Barrier(count);
        var calls = Enumerable.Range(0, count).Select(i => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return call(i);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToList();
        return await Task.WhenAll(calls);
    }
}
