using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Builds the entity tree over one buffer. Each multipart scans only its own byte range for its boundary,
/// so a part missing its close boundary ends where the enclosing multipart's next boundary starts.
/// </summary>
internal sealed class EntityReader(MimeParseContext context)
{
    public MimeMessage ReadMessage(ReadOnlyMemory<byte> data, int depth)
    {
        var root = ReadEntity(data, 0, data.Length, depth, ContentType.TextPlain, topLevel: depth == 0);
        return new MimeMessage(root, data.Length, context);
    }

    private MimeEntity ReadEntity(ReadOnlyMemory<byte> data, int start, int end, int depth, ContentType defaultType, bool topLevel)
    {
        context.PartCount++;
        var block = HeaderBlockReader.Read(data, start, end, context.Limits, context.Warnings, topLevel);
        if (block.LimitExceeded) context.FlagLimit($"Header block over {context.Limits.MaxHeaderBlockBytes} bytes.");
        var contentType = ContentType.Parse(block.Headers["Content-Type"], defaultType, context.Warnings);
        var entity = new MimeEntity(block.Headers, contentType, data[block.BodyStart..end], depth, context.Warnings);
        if (contentType.IsMultipart) ReadChildren(entity, data, block.BodyStart, end, depth);
        else if (IsEmbeddedMessage(contentType)) ReadEmbedded(entity, depth);
        return entity;
    }

    private static bool IsEmbeddedMessage(ContentType type) =>
        type.Is("message", "rfc822") || type.Is("message", "global");

    private void ReadEmbedded(MimeEntity entity, int depth)
    {
        if (depth + 1 > context.Limits.MaxDepth)
        {
            context.FlagLimit($"MIME nesting deeper than {context.Limits.MaxDepth}; inner message kept unparsed.");
            return;
        }
        var content = entity.GetContent();
        if (content.IsEmpty) return;
        entity.EmbeddedMessage = ReadMessage(content, depth + 1);
    }

    private void ReadChildren(MimeEntity entity, ReadOnlyMemory<byte> data, int bodyStart, int end, int depth)
    {
        if (depth + 1 > context.Limits.MaxDepth)
        {
            context.FlagLimit($"MIME nesting deeper than {context.Limits.MaxDepth}; inner parts kept unparsed.");
            return;
        }
        var boundary = entity.ContentType.Boundary;
        if (string.IsNullOrEmpty(boundary))
        {
            context.Warnings.Add($"{entity.ContentType.MimeType} without boundary; its body is kept as one part.");
            return;
        }
        var scanner = new BoundaryScanner(data.Span, Encoding.Latin1.GetBytes("--" + boundary.Trim()), bodyStart, end);
        var childType = entity.ContentType.MediaSubtype == "digest" ? ContentType.MessageRfc822 : ContentType.TextPlain;
        var children = new List<MimeEntity>();
        entity.Children = children;
        var partStart = -1;
        while (scanner.Next(out var line))
        {
            if (partStart < 0) entity.Preamble = data[bodyStart..line.ContentEnd];
            else if (!AddChild(children, data, partStart, line.ContentEnd, depth, childType)) return;
            partStart = line.NextLineStart;
            if (line.IsClose)
            {
                entity.Epilogue = data[line.NextLineStart..end];
                return;
            }
        }
        if (partStart < 0)
        {
            context.Warnings.Add($"{entity.ContentType.MimeType} boundary '{WarningText.Shorten(boundary)}' never occurs; body kept as one part.");
            return;
        }
        context.Warnings.Add($"{entity.ContentType.MimeType} is missing its closing boundary; the last part runs to the end.");
        AddChild(children, data, partStart, WithoutFinalLineBreak(data.Span, partStart, end), depth, childType);
    }

    /// <summary>The line break that would have preceded the missing close delimiter belongs to it, not to the content.</summary>
    private static int WithoutFinalLineBreak(ReadOnlySpan<byte> data, int start, int end)
    {
        if (end > start && data[end - 1] == (byte)'\n') end--;
        if (end > start && data[end - 1] == (byte)'\r') end--;
        return end;
    }

    private bool AddChild(List<MimeEntity> children, ReadOnlyMemory<byte> data, int start, int end, int depth, ContentType childType)
    {
        if (context.PartCount >= context.Limits.MaxParts)
        {
            context.FlagLimit($"More than {context.Limits.MaxParts} MIME parts; the rest were not parsed.");
            return false;
        }
        children.Add(ReadEntity(data, start, Math.Max(start, end), depth + 1, childType, topLevel: false));
        return true;
    }
}
