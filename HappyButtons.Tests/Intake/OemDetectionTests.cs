using static HappyButtons.Tests.Intake.Mails;

namespace HappyButtons.Tests.Intake;

public sealed class OemDetectionTests
{
    [Fact]
    public void Oem_IsDetected_ForOemAccountSender()
    {
        var result = Enrich(TestMail("einkauf@autowerk-sued.de", "Frage", "Eine kurze Frage."));

        Assert.True(result.IsOem);
        Assert.Contains(result.Oem.Reasons, r => r.Contains("OEM account"));
    }

    [Fact]
    public void Oem_IsDetected_FromFrameworkAgreementNumberInText()
    {
        var result = Enrich(TestMail("disposition@fremd-logistik.de", "Abruf", "Abruf zu Rahmenvertrag RV-2024-017, 40.000 Stk."));

        Assert.True(result.IsOem);
        Assert.Contains("RV-2024-017", result.Oem.References.FrameworkAgreements);
        Assert.Equal("10042", result.Customer.Customer?.Number);
    }

    [Fact]
    public void Oem_IsDetected_FromOemCustomerNumberInText()
    {
        var result = Enrich(TestMail("someone@example.org", "Anfrage", "Unsere Kd-Nr. 10042, bitte um Rückmeldung."));

        Assert.True(result.IsOem);
    }

    [Theory]
    [InlineData("Lieferabruf KW 17", "Bitte liefern Sie gemäß Lieferplan.")]
    [InlineData("Call-off week 18", "Please deliver per call-off schedule.")]
    public void Oem_IsDetected_FromOemWording(string subject, string body)
    {
        Assert.True(Enrich(TestMail("dispo@new-oem-plant.com", subject, body)).IsOem);
    }

    [Fact]
    public void Oem_IsNotDetected_ForDistributorAgreementOrRegularCustomer()
    {
        Assert.False(Enrich(TestMail("t.faden@knopf-faden.de", "Bestellung", "Abruf 3 zu RV-2022-009, 50.000 Stk HB-4711.")).IsOem);
        Assert.False(Enrich(TestMail("alex@trachten-huber.de", "Bestellung", "Bitte 200 Hornknöpfe.")).IsOem);
    }
}
