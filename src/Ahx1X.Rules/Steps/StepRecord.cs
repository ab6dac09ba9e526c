using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Steps;

/// <summary>One record read from a document: its id, what output names it by, and the typed request.</summary>
internal sealed record StepRecord(string Id, JToken? IdToken, string Subject, string? City, string Item, object Request);
