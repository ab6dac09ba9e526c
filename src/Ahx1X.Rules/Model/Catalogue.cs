using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;

namespace Ahx1X.Rules.Model;

/// <summary>
/// Holds the certificates institutions may apply for, with their minimums and rates. The
/// official list changes, so the caller supplies it; each edition ships a sample, marked as one.
/// </summary>
public sealed class Catalogue
{
    private readonly Dictionary<string, CatalogueEntry> _byCode;

    /// <summary>Creates a catalogue from entries.</summary>
    /// <param name="entries">The certificates; codes must be unique.</param>
    /// <param name="isSample">True when the minimums and rates are placeholders, not official values.</param>
    /// <param name="source">Where the catalogue came from, for messages.</param>
    /// <exception cref="ArgumentException">Two entries share a code.</exception>
    public Catalogue(IEnumerable<CatalogueEntry> entries, bool isSample, string source)
    {
        Entries = entries.ToList();
        IsSample = isSample;
        Source = source;
        _byCode = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!_byCode.TryAdd(entry.Code, entry))
            {
                throw new ArgumentException($"The certificate code \"{entry.Code}\" appears twice in {source}.", nameof(entries));
            }
        }

        Fingerprint = FingerprintOf(isSample, Entries);
    }

    /// <summary>Gets the certificates, in file order.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>Gets whether the minimums and rates are placeholders rather than official values.</summary>
    public bool IsSample { get; }

    /// <summary>Gets where the catalogue came from.</summary>
    public string Source { get; }

    /// <summary>
    /// Gets the SHA-256 of the catalogue's content, in lower-case hex, as receipts record it: whether it
    /// is a sample, and every certificate's code, name, batch, minimum and rates in code order. Where it
    /// came from, its note, the order and layout of its file and trailing zeros (0.60 for 0.6) do not change it.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Returns the certificate with <paramref name="code"/>, or null when the catalogue has none.</summary>
    /// <param name="code">The certificate code.</param>
    public CatalogueEntry? Find(string code) =>
        // TryGetValue on the dictionary itself: GetValueOrDefault would go through IReadOnlyDictionary.
        _byCode.TryGetValue(code, out var entry) ? entry : null;

    /// <summary>Reads a catalogue file.</summary>
    /// <param name="path">The path of the JSON file.</param>
    /// <exception cref="DocumentException">The file cannot be read or is not a valid catalogue; lists every problem.</exception>
    public static Catalogue Load(string path) => Parse(IO.DocumentFile.Read(path), path);

    /// <summary>Parses a catalogue from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to use in messages, usually the file path.</param>
    /// <exception cref="DocumentException">The text is not a valid catalogue; lists every problem.</exception>
    public static Catalogue Parse(string json, string source)
    {
        var problems = new ProblemList();
        var catalogue = Read(json, source, problems);
        return problems.HasAny || catalogue is null ? throw new DocumentException(problems.Items) : catalogue;
    }

    internal static Catalogue? Read(string json, string source, ProblemList problems)
    {
        var root = JsonFields.Of(JsonText.Parse(json, source, problems), source, problems, "a catalogue");
        if (root is null)
        {
            return null;
        }

        var isSample = root.Bool("sample", required: true);
        root.String("note");
        var items = root.Array("certificates", required: true);
        root.RejectUnknown();
        var entries = new List<CatalogueEntry>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            var fields = JsonFields.Of(item, source, problems, "a certificate");
            if (fields is null)
            {
                continue;
            }

            var code = fields.String("code", required: true);
            fields.Subject = code;
            var name = fields.String("name", required: true);
            var batch = fields.Int("batch", required: true, min: 1, max: 100);
            var minimum = fields.Int("minimumCandidates", min: 1, max: 100_000);
            var completion = fields.Decimal("completionRate", min: 0, max: 1);
            var issuance = fields.Decimal("issuanceRate", min: 0, max: 1);
            fields.RejectUnknown();
            if (code is not null && !codes.Add(code))
            {
                problems.Add(ProblemCodes.Duplicate, source, item, $"The certificate code \"{code}\" appears twice; give each certificate its own code.", code);
                continue;
            }

            if (code is not null && name is not null && batch is not null)
            {
                entries.Add(new CatalogueEntry
                {
                    Code = code, Name = name, Batch = batch.Value, MinimumCandidates = minimum,
                    CompletionRate = completion, IssuanceRate = issuance,
                });
            }
        }

        return isSample is null || items is null ? null : new Catalogue(entries, isSample.Value, source);
    }

    /// <summary>Hashes a canonical JSON form of the content, so that equal catalogues from different files agree.</summary>
    private static string FingerprintOf(bool isSample, IEnumerable<CatalogueEntry> entries)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("sample", isSample);
            writer.WriteStartArray("certificates");
            foreach (var entry in entries.OrderBy(e => e.Code, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("code", entry.Code);
                writer.WriteString("name", entry.Name);
                writer.WriteNumber("batch", entry.Batch);
                WriteNumber(writer, "minimumCandidates", entry.MinimumCandidates);
                WriteNumber(writer, "completionRate", entry.CompletionRate);
                WriteNumber(writer, "issuanceRate", entry.IssuanceRate);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            // Dividing by 1.000… drops trailing zeros, so 0.60 and 0.6 hash alike.
            writer.WriteNumber(name, number / 1.000000000000000000000000000000000m);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
