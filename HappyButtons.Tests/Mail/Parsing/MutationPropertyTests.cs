using FsCheck;
using FsCheck.Fluent;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

/// <summary>Realistic messages with random damage (flipped, deleted, duplicated bytes; truncation) must still parse.</summary>
public class MutationPropertyTests
{
    private static readonly byte[][] Seeds =
    [
        Eml.Bytes(ClientFixtures.Outlook), Eml.Bytes(ClientFixtures.Gmail), Eml.Bytes(ClientFixtures.AppleMail),
        Eml.Bytes(ClientFixtures.Thunderbird), Eml.Latin1(ClientFixtures.SapGenerated), Eml.Bytes(ClientFixtures.Scanner),
    ];

    private static readonly byte[] Interesting = "\r\n-=?:;\"<>()@%*'\\\0\u00ff"u8.ToArray();

    private static Gen<byte[]> Damaged() =>
        from seed in Gen.Elements(Seeds)
        from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, 3), Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements(Interesting))))
        from cut in Gen.Choose(0, 4)
        select Apply(seed, edits, cut == 0);

    private static byte[] Apply(byte[] seed, IEnumerable<(int Kind, (int Position, byte Value) Edit)> edits, bool truncate)
    {
        var bytes = seed.ToList();
        foreach (var (kind, (position, value)) in edits.Take(40))
        {
            if (bytes.Count == 0) break;
            var at = position % bytes.Count;
            switch (kind)
            {
                case 0: bytes[at] = value; break;
                case 1: bytes.RemoveAt(at); break;
                case 2: bytes.Insert(at, value); break;
                default: bytes.InsertRange(at, bytes.Skip(at).Take(40).ToList()); break;
            }
        }
        if (truncate && bytes.Count > 0) bytes.RemoveRange(bytes.Count / 2, bytes.Count - bytes.Count / 2);
        return bytes.ToArray();
    }

    [Fact]
    public void Parse_DamagedRealisticMessages_NeverThrowAndKeepTheirHeadersReadable()
    {
        var property = Prop.ForAll(Damaged().ToArbitrary(), bytes =>
        {
            var message = Eml.Parse(bytes);
            _ = (message.Subject, message.From, message.To, message.Cc, message.Date, message.References, message.Signature);
            _ = (message.BodyText.NewContent, message.HtmlBody);
            foreach (var attachment in message.Attachments) _ = (attachment.SafeFileName, attachment.Size, attachment.Text);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(int.Parse(Environment.GetEnvironmentVariable("HB_FUZZ_CASES") ?? "400")), property);
    }
}
