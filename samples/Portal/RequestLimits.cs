namespace Portal;

/// <summary>
/// The limits on request bodies, from the <c>Limits</c> section: a larger body is refused with 413, and a body
/// arriving more slowly than the minimum rate, after the grace period, with 408 (both problem documents).
/// </summary>
internal sealed class RequestLimits
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Limits";

    /// <summary>Gets or sets the largest body accepted, in bytes: a record is a few kilobytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets the least rate a body must arrive at, in bytes per second (Kestrel's own default).</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>Gets or sets how long a body may arrive more slowly before it is refused, in seconds (more than 1).</summary>
    public double RequestBodyGraceSeconds { get; set; } = 5;
}
