using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Packs.Reading;

/// <summary>Reads <c>thresholds.slowExamination</c>, what MON-01 reads as examinations progressing too slowly.</summary>
internal static class ProgressThresholdReader
{
    /// <summary>The member of <c>thresholds</c> that holds the threshold.</summary>
    public const string Member = "slowExamination";

    /// <summary>The most months after approval the share may be due from: longer than any one notice's cycle.</summary>
    public const int MaxMonths = 24;

    /// <summary>Returns the threshold, or null after adding a problem for each member that is missing or out of range.</summary>
    public static ProgressThreshold? Read(JsonFields? thresholds)
    {
        var fields = thresholds?.Child(Member, required: true);
        var value = fields?.Decimal("value", required: true, min: 0, max: 1);
        var months = fields?.Int("monthsAfterApproval", required: true, min: 0, max: MaxMonths);
        var placeholder = fields?.Bool("placeholder", required: true);
        fields?.String("note");
        fields?.RejectUnknown();
        return value is null || months is null || placeholder is null ? null : new ProgressThreshold(value.Value, months.Value, placeholder.Value);
    }
}
