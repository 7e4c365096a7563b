namespace HappyButtons.Engine.Intake.Customers;

/// <summary>A realistic demo book of customers, contacts and staff; seeds the database later.</summary>
public static class DemoCustomers
{
    public static IReadOnlyList<Customer> Customers { get; } =
    [
        new("10042", "Autowerk Süd AG", CustomerType.Oem, true, Language.De, ["autowerk-sued.de"], ["RV-2024-017"])
            { Address = new("Industriestraße 12", "70565", "Stuttgart", "DE"), VatId = "DE811122233" },
        new("10057", "Hausgeräte Kessler GmbH", CustomerType.Oem, true, Language.De, ["kessler-hausgeraete.de", "kessler-group.com"], ["RV-2023-044"])
            { Address = new("Am Gewerbepark 4", "33330", "Gütersloh", "DE"), VatId = "DE812233445" },
        new("10063", "Nordic Seating Systems AB", CustomerType.Oem, false, Language.En, ["nordicseating.se"], ["FA-2025-003"])
            { Address = new("Fabriksgatan 8", "41250", "Göteborg", "SE"), VatId = "SE556677889901" },
        new("20011", "Knopf & Faden Großhandel KG", CustomerType.Distributor, false, Language.De, ["knopf-faden.de"], ["RV-2022-009"])
            { Address = new("Hanseatenweg 21", "22113", "Hamburg", "DE"), VatId = "DE813344556" },
        new("30101", "Modehaus Lindner GmbH", CustomerType.Regular, true, Language.De, ["modehaus-lindner.de"], [])
            { Address = new("Maximilianstraße 30", "80539", "München", "DE"), VatId = "DE814455667" },
        new("30102", "Trachten Huber e.K.", CustomerType.Regular, false, Language.De, ["trachten-huber.de"], [])
            { Address = new("Ludwigstraße 5", "83022", "Rosenheim", "DE"), VatId = "DE815566778" },
        new("30103", "Atelier Rosalie", CustomerType.Regular, false, Language.De, ["atelier-rosalie.de"], [])
            { Address = new("Kastanienallee 77", "10435", "Berlin", "DE"), VatId = null },
        new("30104", "Brightwear Ltd", CustomerType.Regular, false, Language.En, ["brightwear.co.uk"], [])
            { Address = new("14 Savile Row", "W1S 3PJ", "London", "GB"), VatId = "GB123456789" },
        new("30105", "Maison Dupont SARL", CustomerType.Regular, false, Language.Other, ["maison-dupont.fr"], [])
            { Address = new("12 Rue du Faubourg Saint-Honoré", "75008", "Paris", "FR"), VatId = "FR12345678901" },
        new("30106", "Uniform Partner Schmidt GmbH", CustomerType.Regular, false, Language.De, ["uniform-schmidt.de"], [])
            { Address = new("Industriering 9", "41065", "Mönchengladbach", "DE"), VatId = "DE816677889" },
        new("30107", "Strickwaren Becker GmbH", CustomerType.Regular, false, Language.De, ["strickwaren-becker.de"], [])
            { Address = new("Wollweg 3", "72379", "Hechingen", "DE"), VatId = "DE817788990" },
        new("30108", "Van Dijk Textiel B.V.", CustomerType.Regular, true, Language.En, ["vandijk-textiel.nl"], [])
            { Address = new("Textielstraat 15", "7511", "Enschede", "NL"), VatId = "NL123456789B01" },
    ];

    public static IReadOnlyList<Contact> Contacts { get; } =
    [
        new("Anna", "Weber", "a.weber@autowerk-sued.de", "10042", "Dr.", "Sehr geehrte Frau Dr. Weber"),
        new("Jonas", "Keller", "einkauf@autowerk-sued.de", "10042"),
        new("Sabine", "Kessler", "s.kessler@kessler-hausgeraete.de", "10057", null, "Liebe Frau Kessler"),
        new("Mika", "Brandt", "m.brandt@kessler-group.com", "10057"),
        new("Erik", "Lindqvist", "erik.lindqvist@nordicseating.se", "10063", null, "Dear Erik"),
        new("Thomas", "Faden", "t.faden@knopf-faden.de", "20011", "Dipl.-Ing."),
        new("Claudia", "Lindner", "claudia@modehaus-lindner.de", "30101"),
        new("Alex", "Huber", "alex@trachten-huber.de", "30102"),
        new("Rosalie", "Marx", "info@atelier-rosalie.de", "30103"),
        new("Oliver", "Grant", "o.grant@brightwear.co.uk", "30104"),
        new("Camille", "Dupont", "camille@maison-dupont.fr", "30105"),
        new("Petra", "Schmidt", "p.schmidt@uniform-schmidt.de", "30106"),
        new("Jan", "Becker", "buchhaltung@strickwaren-becker.de", "30107"),
        new("Sanne", "van Dijk", "sanne@vandijk-textiel.nl", "30108"),
    ];

    public static IReadOnlyList<StaffMember> Staff { get; } =
    [
        new("Martina Frohmann", "m.frohmann@happybuttons.de", Department.Finance),
        new("Stefan Roth", "s.roth@happybuttons.de", Department.Sales),
        new("Lea Yilmaz", "l.yilmaz@happybuttons.de", Department.Support),
        new("Klaus Happy", "k.happy@happybuttons.de", Department.Info),
    ];

    public static InMemoryCustomerDirectory CreateDirectory() =>
        new(Customers, Contacts, Staff, ["happybuttons.de"]);
}
