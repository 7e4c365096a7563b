namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>A complete (possibly multi-line) server reply: the code and the text of each line.</summary>
public sealed record SmtpReply(int Code, IReadOnlyList<string> Lines)
{
    public bool IsPositive => Code is >= 200 and < 400;

    public string Text => string.Join(" ", Lines);

    public override string ToString() => $"{Code} {Text}";
}
