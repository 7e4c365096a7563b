using HappyButtons.Engine.Intake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Intake;

public sealed class IntakeRegistrationTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddIntake().BuildServiceProvider();
    }

    [Fact]
    public void AddIntake_ResolvesAWorkingPipeline_WithDefaults()
    {
        using var provider = Build(("HappyButtons:Intake:FederalState", "BY"));

        var result = provider.GetRequiredService<IntakePipeline>().Process(DemoMessages.Get("invoice-copy"));

        Assert.Equal(Department.Finance, result.Routing.Department);
        Assert.Equal("BY", provider.GetRequiredService<Engine.Routing.Sla.BusinessCalendar>().State);
    }

    [Fact]
    public void AddIntake_RejectsAnUnknownFederalState_WithAClearMessage()
    {
        using var provider = Build(("HappyButtons:Intake:FederalState", "XY"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IntakeOptions>>().Value);

        Assert.Contains("not a German federal state", error.Message);
    }
}
