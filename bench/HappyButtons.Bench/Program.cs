using System.Reflection;
using HappyButtons.Bench;

// Usage: dotnet run -c Release --project bench/HappyButtons.Bench -- [name ...]
// Each benchmark is a class implementing IBenchmark; it prints its own measured figures.
var all = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && !t.IsAbstract)
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name)
    .ToList();

var wanted = args.Length == 0 ? all : all.Where(b => args.Contains(b.Name, StringComparer.OrdinalIgnoreCase)).ToList();
if (wanted.Count == 0)
{
    Console.Error.WriteLine($"No benchmark named {string.Join(", ", args)}. Known: {string.Join(", ", all.Select(b => b.Name))}");
    return 2;
}

foreach (var benchmark in wanted)
{
    Console.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
    await benchmark.RunAsync(Console.Out);
}
return 0;
