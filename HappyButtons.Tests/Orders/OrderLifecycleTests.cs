using HappyButtons.Engine.Orders;

namespace HappyButtons.Tests.Orders;

/// <summary>The lifecycle as a table: every (from, to) pair for every role, and the guards.</summary>
public sealed class OrderLifecycleTests
{
    /// <summary>The specification, written out independently of <see cref="OrderLifecycle.Steps"/>: who takes which step.</summary>
    private static readonly Dictionary<(OrderState, OrderState), string> Expected = new()
    {
        [(OrderState.Created, OrderState.Confirmed)] = OrderRoles.Sales,
        [(OrderState.Confirmed, OrderState.Planned)] = OrderRoles.Production,
        [(OrderState.Planned, OrderState.InProduction)] = OrderRoles.Production,
        [(OrderState.InProduction, OrderState.Produced)] = OrderRoles.Production,
        [(OrderState.Produced, OrderState.Packed)] = OrderRoles.Warehouse,
        [(OrderState.Packed, OrderState.Shipped)] = OrderRoles.Warehouse,
        [(OrderState.Shipped, OrderState.Delivered)] = OrderRoles.Warehouse,
        [(OrderState.Delivered, OrderState.Invoiced)] = OrderRoles.Finance,
        [(OrderState.Invoiced, OrderState.Closed)] = OrderRoles.Finance,
        [(OrderState.Created, OrderState.Cancelled)] = OrderRoles.Sales,
        [(OrderState.Confirmed, OrderState.Cancelled)] = OrderRoles.Sales,
        [(OrderState.Planned, OrderState.Cancelled)] = OrderRoles.Sales,
    };

    public static TheoryData<OrderState, OrderState, string> EveryStepForEveryRole()
    {
        var data = new TheoryData<OrderState, OrderState, string>();
        foreach (var from in OrderStates.All)
        {
            foreach (var to in OrderStates.All)
            {
                foreach (var role in OrderRoles.All)
                {
                    data.Add(from, to, role);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStepForEveryRole))]
    public async Task AStep_IsTakenExactlyByItsRoleAndAdmin_AndRefusedWithTheAllowedListOtherwise(OrderState from, OrderState to, string role)
    {
        var actor = new OrderActor("x", new HashSet<string> { role });
        var decision = await OrderLifecycle.DecideAsync(from, to, actor, OrderFacts.AllMet("10042"));

        var exists = Expected.TryGetValue((from, to), out var owner);
        var mayTake = exists && (role == owner || role == OrderRoles.Admin);
        Assert.Equal(mayTake, decision.Permitted);
        var allowed = Expected.Where(e => e.Key.Item1 == from && (e.Value == role || role == OrderRoles.Admin)).Select(e => e.Key.Item2).Order().ToList();
        Assert.Equal(allowed, decision.Allowed);
        if (!mayTake)
        {
            var refusal = decision.Refusal!;
            Assert.Equal(allowed, refusal.Allowed);
            var problem = Assert.Single(refusal.Problems);
            Assert.Equal(exists ? RefusalReason.RoleMissing : RefusalReason.NoSuchStep, problem.Reason);
            if (exists)
            {
                Assert.Equal(owner, problem.Argument);
            }
        }
    }

    [Fact]
    public void Cancelling_IsPossibleOnlyBeforeProduction()
    {
        var from = OrderLifecycle.Steps.Where(s => s.To == OrderState.Cancelled).Select(s => s.From).Order();
        Assert.Equal([OrderState.Created, OrderState.Confirmed, OrderState.Planned], from);
    }

    [Fact]
    public async Task Confirming_IsRefused_ForAnUnknownCustomerOrInvalidLines_NamingEach()
    {
        var facts = new OrderFacts("99999", false,
            [new OrderProblem(RefusalReason.UnknownProduct, "HB-NOPE"), new OrderProblem(RefusalReason.BelowMinimum, "HB-4H-18L-BLK", "1000")], true, []);

        var decision = await OrderLifecycle.DecideAsync(OrderState.Created, OrderState.Confirmed, OrderSite.Sales, facts);

        Assert.False(decision.Permitted);
        Assert.Equal([RefusalReason.CustomerUnknown, RefusalReason.UnknownProduct, RefusalReason.BelowMinimum], decision.Refusal!.Problems.Select(p => p.Reason));
        Assert.Equal([OrderState.Cancelled], decision.Allowed);
        var german = decision.Refusal.Message("de");
        Assert.Contains("Kunde 99999 ist unbekannt", german);
        Assert.Contains("HB-NOPE ist kein Artikel des Katalogs", german);
        Assert.Contains("HB-4H-18L-BLK liegt unter der Mindestmenge von 1000", german);
        Assert.Contains("HB-NOPE is no product of the catalog", decision.Refusal.Message("en"));
    }

    [Fact]
    public async Task Invoicing_NeedsTheDelivery_AndCompleteCompanyData_NamingTheMissingField()
    {
        var notDelivered = await OrderLifecycle.DecideAsync(OrderState.Delivered, OrderState.Invoiced, OrderSite.Finance,
            new OrderFacts("10042", true, [], false, []));
        var noVatId = await OrderLifecycle.DecideAsync(OrderState.Delivered, OrderState.Invoiced, OrderSite.Finance,
            new OrderFacts("10042", true, [], true, ["VatId", "Iban"]));

        Assert.Equal(RefusalReason.NotDelivered, Assert.Single(notDelivered.Refusal!.Problems).Reason);
        Assert.Equal(["VatId", "Iban"], noVatId.Refusal!.Problems.Select(p => p.Argument));
        Assert.Contains("HappyButtons:Company:VatId", noVatId.Refusal.Message("en"));
        Assert.Empty(noVatId.Allowed);
    }
}
