namespace HappyButtons.Engine.Intake.Customers;

/// <summary>A colleague at Happy Buttons; used to spot mail that impersonates internal staff.</summary>
public sealed record StaffMember(string Name, string Email, Department Department);
