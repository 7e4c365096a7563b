using System.Net;

namespace HappyButtons.Tests.Web;

/// <summary>Reads the integrations' live stream (<c>GET /live</c>, Server-Sent Events).</summary>
public static class ServerSentEvents
{
    public static async Task<StreamReader> OpenAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    /// <summary>Reads messages until one with the event name arrives; returns its joined data lines.</summary>
    public static async Task<string> ReadEventAsync(StreamReader reader, string eventName, CancellationToken cancellationToken)
    {
        string? current = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line["event: ".Length..];
                data.Clear();
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
            else if (line.Length == 0 && current == eventName)
            {
                return string.Join("\n", data);
            }
        }

        throw new InvalidOperationException("The stream ended before a " + eventName + " event.");
    }
}
