namespace HappyButtons.Engine.Intake;

/// <summary>The four department mailboxes; API name is the lower-case member name.</summary>
public enum Department { Info, Sales, Support, Finance }

/// <summary>What the sender wants; API names are snake_case (see <see cref="TaxonomyNames"/>).</summary>
public enum Intent
{
    Order,
    QuoteRequest,
    OrderStatus,
    Complaint,
    ReturnRequest,
    TechnicalSupport,
    InvoiceRequest,
    PaymentNotice,
    BankChange,
    GeneralInquiry,
    AutoReply,
    Spam,
}

/// <summary>Ordered: a higher value is more urgent.</summary>
public enum Urgency { Low, Normal, High, Critical }

/// <summary>Languages the intake distinguishes; everything else is <see cref="Other"/>.</summary>
public enum Language { De, En, Other }

/// <summary>The stable lower-case strings of ARCHITECTURE.md for the API and for rule storage.</summary>
public static class TaxonomyNames
{
    private static readonly Dictionary<Intent, string> IntentNames = new()
    {
        [Intent.Order] = "order",
        [Intent.QuoteRequest] = "quote_request",
        [Intent.OrderStatus] = "order_status",
        [Intent.Complaint] = "complaint",
        [Intent.ReturnRequest] = "return_request",
        [Intent.TechnicalSupport] = "technical_support",
        [Intent.InvoiceRequest] = "invoice_request",
        [Intent.PaymentNotice] = "payment_notice",
        [Intent.BankChange] = "bank_change",
        [Intent.GeneralInquiry] = "general_inquiry",
        [Intent.AutoReply] = "auto_reply",
        [Intent.Spam] = "spam",
    };

    private static readonly Dictionary<string, Intent> IntentsByName =
        IntentNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string ToApiName(this Intent intent) => IntentNames[intent];

    public static string ToApiName(this Department department) => department.ToString().ToLowerInvariant();

    public static string ToApiName(this Urgency urgency) => urgency.ToString().ToLowerInvariant();

    public static string ToApiName(this Language language) => language.ToString().ToLowerInvariant();

    public static bool TryParseIntent(string? name, out Intent intent) =>
        IntentsByName.TryGetValue(name?.Trim() ?? "", out intent);

    public static bool TryParseDepartment(string? name, out Department department) =>
        Enum.TryParse(name?.Trim(), ignoreCase: true, out department) && Enum.IsDefined(department)
        && !int.TryParse(name, out _);

    public static bool TryParseUrgency(string? name, out Urgency urgency) =>
        Enum.TryParse(name?.Trim(), ignoreCase: true, out urgency) && Enum.IsDefined(urgency)
        && !int.TryParse(name, out _);

    /// <summary>The department that normally owns an intent; the corpus and the default rules agree with it.</summary>
    public static Department HomeDepartment(this Intent intent) => intent switch
    {
        Intent.Order or Intent.QuoteRequest or Intent.OrderStatus => Department.Sales,
        Intent.Complaint or Intent.ReturnRequest or Intent.TechnicalSupport => Department.Support,
        Intent.InvoiceRequest or Intent.PaymentNotice or Intent.BankChange => Department.Finance,
        _ => Department.Info,
    };
}
