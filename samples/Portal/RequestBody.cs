using System.Text;
using Ahx1X.Rules.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace Portal;

/// <summary>
/// Reads a request body as the contract states it: UTF-8 JSON (<c>Content-Type: application/json</c>,
/// with no charset or <c>charset=utf-8</c>) of at most the configured number of bytes (<see cref="RequestLimits"/>). Anything else
/// is refused with the status that says why: 415 for another type or encoding, 413 for a body
/// too large, before the body is held whole.
/// </summary>
internal static class RequestBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the body's text, or null and the refusal to answer with.</summary>
    public static async Task<(string? Text, IResult? Refusal)> ReadAsync(HttpRequest request, long maxBytes)
    {
        if (ContentTypeProblem(request.ContentType) is { } wrongType)
        {
            return (null, Unsupported(wrongType));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        byte[] bytes;
        try
        {
            bytes = await ReadBoundedAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit (Kestrel's MaxRequestBodySize) met first.
            return (null, TooLarge(maxBytes));
        }

        if (bytes.Length > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (EncodingProblem(bytes) is { } wrongEncoding)
        {
            return (null, Unsupported(wrongEncoding));
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, Unsupported($"The body is not UTF-8: the bytes at offset {start + ex.Index} are not a UTF-8 character. Send the document as UTF-8 JSON."));
        }
    }

    /// <summary>Returns why the content type is not UTF-8 JSON, or null when it is.</summary>
    internal static string? ContentTypeProblem(string? contentType)
    {
        const string Expected = "Send it with Content-Type: application/json (charset=utf-8, or no charset).";
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return $"The request has no Content-Type. {Expected}";
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return $"The body is declared as \"{Shorten(contentType)}\", not JSON. {Expected}";
        }

        foreach (var parameter in type.Parameters)
        {
            if (!parameter.Name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return $"The content type has the parameter \"{Shorten(parameter.Name.ToString())}\", which this endpoint does not take. {Expected}";
            }

            var charset = HeaderUtilities.RemoveQuotes(parameter.Value);
            if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                return $"The body is declared as charset \"{Shorten(charset.ToString())}\"; the contract is UTF-8. {Expected}";
            }
        }

        return null;
    }

    /// <summary>Returns why bytes declared as UTF-8 are another encoding, or null.</summary>
    internal static string? EncodingProblem(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE starts FF FE 00 00, so it is found by the UTF-16 test too.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "The body starts with a UTF-16 or UTF-32 byte-order mark; the contract is UTF-8. Send the document as UTF-8 JSON.";
        }

        // JSON text never holds a NUL byte; UTF-16 and UTF-32 text without a mark does, in every ASCII character.
        var nul = bytes.IndexOf((byte)0);
        return nul < 0 ? null
            : $"The body holds a NUL byte at offset {nul}, as UTF-16 or UTF-32 text does; the contract is UTF-8. Send the document as UTF-8 JSON.";
    }

    /// <summary>Reads at most one chunk more than <paramref name="maxBytes"/>, enough to know the body is too large.</summary>
    private static async Task<byte[]> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken aborted)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length <= maxBytes && (read = await body.ReadAsync(chunk, aborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";

    private static IResult TooLarge(long maxBytes) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        detail: $"The body is larger than {maxBytes / 1024} KiB (Limits:MaxRequestBodyBytes); a record is a few kilobytes. Send fewer records per request.");

    private static IResult Unsupported(string detail) => Results.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The request body is not UTF-8 JSON.",
        detail: detail);
}
