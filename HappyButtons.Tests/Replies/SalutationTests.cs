using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;
using IntakeContact = HappyButtons.Engine.Intake.Customers.Contact;

namespace HappyButtons.Tests.Replies;

/// <summary>The formal salutation from what we know about the contact: title and name, or the general form, never empty.</summary>
public sealed class SalutationTests
{
    [Theory]
    [InlineData(ContactGender.Female, "Dr.", "Sabine", "Krüger", "Sehr geehrte Frau Dr. Krüger", "Dear Dr Krüger")]
    [InlineData(ContactGender.Male, "Prof.", "Karl", "Oberländer", "Sehr geehrter Herr Prof. Oberländer", "Dear Professor Oberländer")]
    [InlineData(ContactGender.Male, "Prof. Dr.", "Karl", "Oberländer", "Sehr geehrter Herr Prof. Dr. Oberländer", "Dear Professor Oberländer")]
    [InlineData(ContactGender.Female, null, "Jane", "Smith", "Sehr geehrte Frau Smith", "Dear Ms Smith")]
    [InlineData(ContactGender.Male, null, "John", "Miller", "Sehr geehrter Herr Miller", "Dear Mr Miller")]
    [InlineData(ContactGender.Unknown, null, "Alex", "Weber", "Guten Tag Alex Weber", "Dear Alex Weber")]
    [InlineData(ContactGender.Female, null, "Jane", null, "Sehr geehrte Damen und Herren", "Dear Sir or Madam")]
    [InlineData(ContactGender.Unknown, null, null, "  ", "Sehr geehrte Damen und Herren", "Dear Sir or Madam")]
    public void TheSalutation_FollowsTheContact(ContactGender gender, string? title, string? first, string? last, string german, string english)
    {
        var contact = new ReplyContact(gender, title, first, last);

        Assert.Equal(german, contact.Salutation(Language.De));
        Assert.Equal(english, contact.Salutation(Language.En));
    }

    [Fact]
    public void AnUnknownContact_IsGreetedWithTheGeneralForm()
    {
        Assert.Equal("Sehr geehrte Damen und Herren", ReplyContact.Unknown.Salutation(Language.De));
        Assert.Equal("Dear Sir or Madam", ReplyContact.Unknown.Salutation(Language.En));
    }

    [Theory]
    [InlineData("Sehr geehrte Frau Dr. Krüger", ContactGender.Female)]
    [InlineData("Sehr geehrter Herr Prof. Oberländer", ContactGender.Male)]
    [InlineData("Dear Ms Smith", ContactGender.Female)]
    [InlineData("Dear Mr Miller", ContactGender.Male)]
    [InlineData("Sehr geehrte Damen und Herren", ContactGender.Unknown)]
    [InlineData(null, ContactGender.Unknown)]
    public void TheGender_IsReadFromTheStoredSalutation(string? stored, ContactGender expected) =>
        Assert.Equal(expected, ReplyContact.GenderOf(stored));

    [Fact]
    public void ACustomerContact_GivesTitleAndNameForTheReply()
    {
        var contact = ReplyContact.From(new IntakeContact("Sabine", "Krüger", "s.krueger@example.de", "81042", "Dr.", "Sehr geehrte Frau Dr. Krüger"));

        Assert.Equal("Sehr geehrte Frau Dr. Krüger", contact.Salutation(Language.De));
        Assert.Equal("Dear Dr Krüger", contact.Salutation(Language.En));
    }
}
