using HappyButtons.Engine.Kpis;
using HappyButtons.Tests.Support;

namespace HappyButtons.Tests.Kpis;

/// <summary>The constructed week of <see cref="KpiHistory"/> on one SQLite database, shared by the tests of this class.</summary>
public sealed class KpiHistoryDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        await KpiHistory.SeedAsync(Database);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>Each KPI on the constructed week: the company, a department, and a department without data (null, never 0 or 100).</summary>
public sealed class KpiCalculatorTests(KpiHistoryDatabase history) : IClassFixture<KpiHistoryDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private Task<KpiReport> ComputeAsync(KpiScope scope, KpiOptions? options = null) =>
        KpiHistory.Calculator(history.Database, options).ComputeAsync(KpiHistory.Week, scope, None);

    private static (long, long) Counted(KpiValue value) => (value.Hits, value.Total);

    [Fact]
    public async Task EmailProcessingEfficiency_CountsOnlyMailsWithoutFailureReviewCorrectionOrMove()
    {
        var company = await ComputeAsync(KpiScope.Company);
        var sales = await ComputeAsync(KpiScope.Department("sales"));
        var finance = await ComputeAsync(KpiScope.Department("finance"));

        Assert.Equal((3, 7), Counted(company.EmailProcessingEfficiency));
        Assert.Equal(42.9, company.EmailProcessingEfficiency.Percent);
        Assert.Equal((2, 6), Counted(sales.EmailProcessingEfficiency));
        Assert.Equal(33.3, sales.EmailProcessingEfficiency.Percent);
        Assert.Null(finance.EmailProcessingEfficiency.Percent);
    }

    [Fact]
    public async Task SlaCompliance_CountsAnswersInTime_AgainstLateAndOverdueOnes()
    {
        var company = await ComputeAsync(KpiScope.Company);
        var sales = await ComputeAsync(KpiScope.Department("sales"));
        var support = await ComputeAsync(KpiScope.Department("support"));

        Assert.Equal((2, 4), Counted(company.SlaCompliance));
        Assert.Equal(50.0, company.SlaCompliance.Percent);
        Assert.Equal((1, 3), Counted(sales.SlaCompliance));
        Assert.Equal(100.0, support.SlaCompliance.Percent);
        Assert.Null((await ComputeAsync(KpiScope.Department("finance"))).SlaCompliance.Percent);
    }

    [Fact]
    public async Task OrderFulfillment_JudgesTheConfirmedDayInBerlin_AndLeavesCancelledAndFutureOrdersOut()
    {
        var company = await ComputeAsync(KpiScope.Company);
        var sales = await ComputeAsync(KpiScope.Department("sales"));
        var support = await ComputeAsync(KpiScope.Department("support"));

        // Delivered at 00:30 Berlin time the day after the confirmed date: late.
        Assert.Equal((2, 4), Counted(sales.OrderFulfillmentRate));
        Assert.Equal(50.0, sales.OrderFulfillmentRate.Percent);
        Assert.Equal((1, 1), Counted(support.OrderFulfillmentRate));
        Assert.Equal((3, 5), Counted(company.OrderFulfillmentRate));
        Assert.Null((await ComputeAsync(KpiScope.Department("info"))).OrderFulfillmentRate.Percent);
    }

    [Fact]
    public async Task CustomerSatisfaction_IsTheShareOfFourAndFiveStarAnswersInThePeriod()
    {
        var company = await ComputeAsync(KpiScope.Company);
        var sales = await ComputeAsync(KpiScope.Department("sales"));

        Assert.Equal((3, 4), Counted(company.CustomerSatisfaction));
        Assert.Equal(75.0, company.CustomerSatisfaction.Percent);
        Assert.Equal((2, 3), Counted(sales.CustomerSatisfaction));
        Assert.Equal(66.7, sales.CustomerSatisfaction.Percent);
        Assert.Null((await ComputeAsync(KpiScope.Department("finance"))).CustomerSatisfaction.Percent);
    }

    [Fact]
    public async Task AgentUtilization_CountsProposalsAPersonApproved_AndLeavesAutomaticAndUndecidedOnesOut()
    {
        var company = await ComputeAsync(KpiScope.Company);
        var sales = await ComputeAsync(KpiScope.Department("sales"));
        var support = await ComputeAsync(KpiScope.Department("support"));

        Assert.Equal((2, 4), Counted(company.AgentUtilization));
        Assert.Equal((2, 3), Counted(sales.AgentUtilization));
        // All rejected is a real 0 %, not "no data".
        Assert.Equal(0.0, support.AgentUtilization.Percent);
        Assert.Null((await ComputeAsync(KpiScope.Department("finance"))).AgentUtilization.Percent);
    }

    [Fact]
    public async Task AutomationRate_IsTheShareOfExecutedTasksNoPersonTouched()
    {
        var company = await ComputeAsync(KpiScope.Company);
        var support = await ComputeAsync(KpiScope.Department("support"));

        Assert.Equal((2, 3), Counted(company.AutomationRate));
        Assert.Equal(66.7, company.AutomationRate.Percent);
        Assert.Null(support.AutomationRate.Percent);
    }

    [Fact]
    public async Task PerformanceScore_IsTheWeightedMeanOfTheKpisWithData_AndNullWithoutAny()
    {
        var sales = await ComputeAsync(KpiScope.Department("sales"));
        var support = await ComputeAsync(KpiScope.Department("support"));
        var supportWithoutAgents = await ComputeAsync(KpiScope.Department("support"),
            new KpiOptions { Weights = new(StringComparer.OrdinalIgnoreCase) { ["agentUtilization"] = 0, ["slaCompliance"] = 3 } });
        var finance = await ComputeAsync(KpiScope.Department("finance"));

        Assert.Equal(52.8, sales.PerformanceScore);
        // Automation has no data in support: the mean is over the five others (100, 100, 100, 100, 0).
        Assert.Equal(80.0, support.PerformanceScore);
        Assert.Equal(100.0, supportWithoutAgents.PerformanceScore);
        Assert.Null(finance.PerformanceScore);
        Assert.All(KpiDefinitions.Six, k => Assert.Null(finance[k].Percent));
    }

    [Fact]
    public async Task APeriodWithoutRecords_HasNoDataAtAll()
    {
        var empty = await KpiHistory.Calculator(history.Database)
            .ComputeAsync(KpiPeriod.Days(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7)), KpiScope.Company, None);

        Assert.All(KpiDefinitions.All, k => Assert.Null(empty[k].Percent));
    }
}

/// <summary>The whole set once more on PostgreSQL (one model, two providers).</summary>
public sealed class KpiPostgresTests
{
    [Fact]
    public async Task TheWholeWeek_GivesTheSameAnswers_OnPostgreSql()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.PostgreSql);
        await KpiHistory.SeedAsync(database);
        var calculator = KpiHistory.Calculator(database);

        var company = await calculator.ComputeAsync(KpiHistory.Week, KpiScope.Company, CancellationToken.None);
        var sales = await calculator.ComputeAsync(KpiHistory.Week, KpiScope.Department("sales"), CancellationToken.None);
        var finance = await calculator.ComputeAsync(KpiHistory.Week, KpiScope.Department("finance"), CancellationToken.None);

        Assert.Equal([(3L, 7L), (2, 4), (3, 5), (3, 4), (2, 4), (2, 3)],
            new[] { company.EmailProcessingEfficiency, company.SlaCompliance, company.OrderFulfillmentRate, company.CustomerSatisfaction,
                company.AgentUtilization, company.AutomationRate }.Select(v => (v.Hits, v.Total)));
        Assert.Equal(57.4, company.PerformanceScore);
        Assert.Equal(52.8, sales.PerformanceScore);
        Assert.Null(finance.PerformanceScore);

        var queries = new DashboardQueries(database.Contexts, new ManualClock(KpiHistory.Now));
        var mails = await queries.MailsPerDayAsync(KpiHistory.Week, KpiScope.Company, CancellationToken.None);
        Assert.Equal([1, 2, 2, 1, 1, 0, 0], mails.ByDepartment["sales"]);
        var orders = await queries.OrdersByStateAsync(KpiScope.Department("sales"), CancellationToken.None);
        Assert.Equal(3, orders.Single(o => o.State == "delivered").Orders);
    }
}
