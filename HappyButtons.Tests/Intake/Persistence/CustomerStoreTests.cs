using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Tests.Intake.Persistence;

/// <summary>Customers edited and imported at the same time, and contacts by address, on SQLite and on PostgreSQL.</summary>
public abstract class CustomerStoreTests(TestProvider provider)
{
    private static async Task<IntakeStores> SeededAsync(TestDatabase database)
    {
        var stores = new IntakeStores(database);
        await stores.Customers.SeedAsync(DemoCustomers.Customers, DemoCustomers.Contacts, CancellationToken.None);
        return stores;
    }

    [Fact]
    public async Task AnEditStartedBeforeAnotherSave_IsRefused_NamingWhoSaved_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var annasCopy = (await stores.Customers.GetAsync("10042", CancellationToken.None))!;
        var bensCopy = (await stores.Customers.GetAsync("10042", CancellationToken.None))!;

        var anna = await stores.Customers.SaveAsync(annasCopy with { Name = "Autowerk Süd SE" }, "anna", CancellationToken.None);
        var ben = await stores.Customers.SaveAsync(bensCopy with { IsVip = false }, "ben", CancellationToken.None);

        Assert.True(anna.Succeeded);
        Assert.Equal(annasCopy.Version + 1, anna.Saved!.Version);
        Assert.False(ben.Succeeded);
        Assert.Equal("anna", ben.Conflict!.ChangedBy);
        Assert.Equal("Dieser Kunde wurde inzwischen von anna geändert; bitte neu laden.", ben.Conflict.Message("de"));
        Assert.Equal("This customer was changed by anna in the meantime; please reload.", ben.Conflict.Message("en"));
        var stored = (await new IntakeStores(database).Customers.GetAsync("10042", CancellationToken.None))!;
        Assert.Equal(("Autowerk Süd SE", true, annasCopy.Version + 1), (stored.Name, stored.IsVip, stored.Version));
        Assert.Equal(["RV-2024-017"], stored.FrameworkAgreements);
    }

    [Fact]
    public async Task TwoNodesSavingTheSameCustomerAtOnce_OneWins_AndTheOtherIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededAsync(database);
        var nodes = new[] { new IntakeStores(database), new IntakeStores(database) };
        var copies = await Task.WhenAll(nodes.Select(n => n.Customers.GetAsync("10057", CancellationToken.None)));

        var results = await AtOnce.RunAsync(2, i =>
            nodes[i].Customers.SaveAsync(copies[i]! with { Name = "Kessler " + i }, "clerk" + i, CancellationToken.None));

        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        var winnerIndex = Array.IndexOf(results, winner);
        Assert.Equal("clerk" + winnerIndex, loser.Conflict!.ChangedBy);
        var stored = (await new IntakeStores(database).Customers.GetAsync("10057", CancellationToken.None))!;
        Assert.Equal(("Kessler " + winnerIndex, copies[0]!.Version + 1), (stored.Name, stored.Version));
    }

    [Fact]
    public async Task ANodeThatMissedAnotherNodesSave_RefusesTheOldEdit_AndHandsOutTheSavedVersionOnReload()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (nodeA, nodeB) = (await SeededAsync(database), new IntakeStores(database));
        await nodeB.Directory.ReloadAsync(CancellationToken.None);
        Assert.True((await nodeB.Customers.SaveAsync((await nodeB.Customers.GetAsync("30101", CancellationToken.None))! with { IsVip = false }, "ben", CancellationToken.None)).Succeeded);
        var annasCopy = (await nodeA.Customers.GetAsync("30101", CancellationToken.None))!;

        var refused = await nodeA.Customers.SaveAsync(annasCopy with { Name = "Modehaus Lindner" }, "anna", CancellationToken.None);
        var reloaded = (await nodeA.Customers.GetAsync("30101", CancellationToken.None))!;
        var again = await nodeA.Customers.SaveAsync(reloaded with { Name = "Modehaus Lindner" }, "anna", CancellationToken.None);

        Assert.Equal("ben", refused.Conflict!.ChangedBy);
        Assert.True(again.Succeeded);
        Assert.Equal(("Modehaus Lindner", false), (again.Saved!.Name, again.Saved.IsVip));
    }

    [Fact]
    public async Task AnImport_RaisesTheVersions_SoAnEditStartedBeforeItIsRefused_AndKeepsTheAgreements()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var annasCopy = (await stores.Customers.GetAsync("10042", CancellationToken.None))!;

        await stores.Customers.UpsertAsync(
        [
            new Customer("10042", "Autowerk Süd AG (Import)", CustomerType.Oem, true, Language.De, ["autowerk-sued.de"], []),
            new Customer("40001", "Knopfladen Nord GmbH", CustomerType.Regular, false, Language.De, ["knopfladen-nord.de"], []),
        ], "importer", CancellationToken.None);
        var anna = await stores.Customers.SaveAsync(annasCopy with { Name = "Autowerk Süd SE" }, "anna", CancellationToken.None);

        Assert.Equal("importer", anna.Conflict!.ChangedBy);
        var reader = new IntakeStores(database).Customers;
        var imported = (await reader.GetAsync("10042", CancellationToken.None))!;
        Assert.Equal(("Autowerk Süd AG (Import)", annasCopy.Version + 1), (imported.Name, imported.Version));
        Assert.Equal(["RV-2024-017"], imported.FrameworkAgreements);
        Assert.Equal(1, (await reader.GetAsync("40001", CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task ANewCustomer_IsCreatedOnce_ASecondCreationWithTheSameNumberIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var customer = new Customer("50001", "Kurzwaren Ost GmbH", CustomerType.Regular, false, Language.De, ["kurzwaren-ost.de"], []);

        var first = await stores.Customers.SaveAsync(customer, "anna", CancellationToken.None);
        var second = await stores.Customers.SaveAsync(customer with { Name = "Kurzwaren Ost" }, "ben", CancellationToken.None);

        Assert.Equal(1, first.Saved!.Version);
        Assert.Equal("anna", second.Conflict!.ChangedBy);
        Assert.Equal("50001", stores.Directory.FindByDomain("kurzwaren-ost.de")?.Number);
        Assert.Equal("Kurzwaren Ost GmbH", (await new IntakeStores(database).Customers.GetAsync("50001", CancellationToken.None))!.Name);
    }

    [Fact]
    public async Task AContact_IsFoundAndSavedByAddress_WhateverItsCase_WithoutADuplicate()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);

        var found = await stores.Customers.FindContactAsync("  A.Weber@AUTOWERK-SUED.de ", CancellationToken.None);
        var error = await stores.Customers.SaveContactAsync(
            new Contact("Anna-Lena", "Weber", "A.WEBER@Autowerk-Sued.DE", "10042", "Dr."), "anna", CancellationToken.None);

        Assert.Equal(("Anna", "10042"), (found!.FirstName, found.CustomerNumber));
        Assert.Null(error);
        await using var context = await database.Contexts.CreateDbContextAsync();
        var stored = Assert.Single(await context.Contacts.Where(c => c.Email.ToLower() == "a.weber@autowerk-sued.de").ToListAsync());
        Assert.Equal(("Anna-Lena", "a.weber@autowerk-sued.de"), (stored.FirstName, stored.Email));
        Assert.Equal("Anna-Lena", (await stores.Customers.FindContactAsync("a.weber@autowerk-sued.de", CancellationToken.None))!.FirstName);
        Assert.Equal("Anna-Lena", stores.Directory.FindContactByEmail("A.Weber@autowerk-sued.de")!.FirstName);
        Assert.Equal(DemoCustomers.Contacts.Count, await context.Contacts.CountAsync());
    }

    [Fact]
    public async Task SeededContacts_DifferingOnlyInCase_AreStoredOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = new IntakeStores(database);

        await stores.Customers.SeedAsync(DemoCustomers.Customers,
            [new Contact("Anna", "Weber", "a.weber@autowerk-sued.de", "10042"), new Contact("Anna", "Weber", "A.Weber@Autowerk-Sued.de", "10042")],
            CancellationToken.None);

        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await context.Contacts.CountAsync());
        Assert.Equal("a.weber@autowerk-sued.de", stores.Directory.FindContactByEmail("A.WEBER@AUTOWERK-SUED.DE")!.Email);
    }

    [Fact]
    public async Task AContactOfAnUnknownCustomer_OrWithoutAnAddress_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);

        Assert.Equal("There is no customer 99999.", await stores.Customers.SaveContactAsync(new Contact("A", "B", "a@b.de", "99999"), "anna", CancellationToken.None));
        Assert.Equal("\"kein-at\" is not a mail address.", await stores.Customers.SaveContactAsync(new Contact("A", "B", "kein-at", "10042"), "anna", CancellationToken.None));
    }
}

public sealed class CustomerStoreTestsOnSqlite() : CustomerStoreTests(TestProvider.Sqlite);

public sealed class CustomerStoreTestsOnPostgreSql() : CustomerStoreTests(TestProvider.PostgreSql);
