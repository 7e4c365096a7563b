using System.Security.Claims;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

public sealed record CustomerContactDto(string? Salutation, string? Title, string? FirstName, string? LastName, string? Email);

public sealed record CustomerAddressDto(string? Street, string? PostalCode, string? City, string? Country);

public sealed record CustomerDto(string Number, string Name, IReadOnlyList<string>? Domains, IReadOnlyList<CustomerContactDto>? Contacts,
    CustomerAddressDto? Address, string? VatId);

public sealed record CustomersUpsertedDto(int Upserted);

/// <summary>The customer API of the contract: list, and upsert by number (with contacts, postal address and VAT ID).</summary>
public static class CustomersApi
{
    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers").RequireAuthorization(Policies.Api).WithTags("Customers");
        api.MapGet("/", ListAsync);
        api.MapPost("/", UpsertAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<CustomerDto>>> ListAsync(CustomerStore store, CancellationToken cancellationToken)
    {
        var result = new List<CustomerDto>();
        foreach (var customer in await store.ListAsync(null, cancellationToken))
        {
            var contacts = await store.ContactsOfAsync(customer.Number, cancellationToken);
            result.Add(new CustomerDto(customer.Number, customer.Name, customer.EmailDomains,
                contacts.Select(c => new CustomerContactDto(c.PreferredSalutation, c.Title, c.FirstName, c.LastName, c.Email)).ToList(),
                customer.Address is { } a ? new CustomerAddressDto(a.Street, a.PostalCode, a.City, a.Country) : null, customer.VatId));
        }

        return TypedResults.Ok<IReadOnlyList<CustomerDto>>(result);
    }

    /// <summary>
    /// Inserts or updates the customers in one transaction (type, VIP, language and agreements of an existing customer stay),
    /// then their contacts. Refused as a whole, with every problem named, when one of them breaks the customer rules.
    /// </summary>
    private static async Task<Results<Ok<CustomersUpsertedDto>, ProblemHttpResult>> UpsertAsync(
        IReadOnlyList<CustomerDto> body, ClaimsPrincipal user, CustomerStore store, CancellationToken cancellationToken)
    {
        var customers = new List<Customer>();
        var contacts = new List<Contact>();
        var problems = new List<string>();
        foreach (var dto in body)
        {
            var number = (dto.Number ?? "").Trim();
            var existing = await store.GetAsync(number, cancellationToken);
            var address = dto.Address is { } a
                ? new CustomerAddress((a.Street ?? "").Trim(), (a.PostalCode ?? "").Trim(), (a.City ?? "").Trim(), (a.Country ?? "DE").Trim().ToUpperInvariant())
                : null;
            var customer = new Customer(number, (dto.Name ?? "").Trim(), existing?.Type ?? CustomerType.Regular, existing?.IsVip ?? false,
                existing?.Language ?? Engine.Intake.Language.De,
                dto.Domains is { } domains ? domains.Select(CustomerRules.NormalizeDomain).Distinct().ToList() : existing?.EmailDomains ?? [],
                existing?.FrameworkAgreements ?? [])
            {
                Address = address ?? existing?.Address,
                VatId = dto.VatId is { } vatId ? CustomerRules.NormalizeVatId(vatId) : existing?.VatId,
            };
            var own = (dto.Contacts ?? []).Select(c => new Contact((c.FirstName ?? "").Trim(), (c.LastName ?? "").Trim(), CustomerStore.NormalizeEmail(c.Email ?? ""),
                number, string.IsNullOrWhiteSpace(c.Title) ? null : c.Title.Trim(), string.IsNullOrWhiteSpace(c.Salutation) ? null : c.Salutation.Trim())).ToList();
            problems.AddRange(CustomerRules.Check(customer).Concat(own.SelectMany(CustomerRules.Check)).Select(p => $"{number}: {p}"));
            customers.Add(customer);
            contacts.AddRange(own);
        }

        if (problems.Count > 0)
        {
            return TypedResults.Problem(title: "Customers not saved", detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest);
        }

        var actor = user.Identity?.Name ?? "api";
        await store.UpsertAsync(customers, actor, cancellationToken);
        foreach (var contact in contacts)
        {
            if (await store.SaveContactAsync(contact, actor, cancellationToken) is { } refused)
            {
                problems.Add(refused);
            }
        }

        return problems.Count > 0
            ? TypedResults.Problem(title: "Contacts not saved", detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Ok(new CustomersUpsertedDto(customers.Count));
    }
}
