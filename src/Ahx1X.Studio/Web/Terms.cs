using Ahx1X.Rules.Calendar;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs.Reading;
using Ahx1X.Rules.Results;
using LibraryNames = Ahx1X.Rules.Observability.Names;

namespace Ahx1X.Studio.Web;

/// <summary>
/// How the interface names the values of the library's enums in Chinese and English: vocabularies
/// of the library's own kind (each value's name in files, then in each language; a value left out
/// stops the studio at its first page), their file names taken from the library's readers, and
/// the library's own localized names where it has them.
/// </summary>
internal static class Terms
{
    /// <summary>Gets the outcomes of a judged record.</summary>
    public static Vocabulary<Outcome> Outcome { get; } = Of(
        LibraryNames.Of,
        (Rules.Results.Outcome.Accepted, "通过", "accepted"),
        (Rules.Results.Outcome.AcceptedWithWarnings, "通过（有提示）", "accepted with warnings"),
        (Rules.Results.Outcome.Rejected, "不通过", "rejected"),
        (Rules.Results.Outcome.Indeterminate, "待定", "indeterminate"),
        (Rules.Results.Outcome.NotApplicable, "不适用", "not applicable"));

    /// <summary>Gets the severities of a rule.</summary>
    public static Vocabulary<FindingSeverity> Severity { get; } = Of(
        severity => PackReader.Severities.Single(s => s.Value == severity).Key,
        (Rules.Results.FindingSeverity.Error, "错误", "error"),
        (Rules.Results.FindingSeverity.Warning, "提示", "warning"));

    /// <summary>Gets why a finding was reported.</summary>
    public static Vocabulary<FindingKind> FindingKind { get; } = Of(
        LibraryNames.Of,
        (Rules.Results.FindingKind.Violation, "不符合条款", "violation"),
        (Rules.Results.FindingKind.MissingFacts, "缺少事实", "missing facts"),
        (Rules.Results.FindingKind.RuleFailed, "规则无法运行", "rule failed to run"),
        (Rules.Results.FindingKind.NotApplicable, "不适用", "not applicable"));

    /// <summary>Gets the steps of an institution's route, named as the calendar names its windows.</summary>
    public static Vocabulary<RouteStep> RouteStep { get; } = Of(
        step => PackReader.RouteSteps.Single(s => s.Value == step).Key,
        Step(Rules.Model.RouteStep.Application, CalendarStep.Application),
        Step(Rules.Model.RouteStep.CityReview, CalendarStep.CityReview),
        Step(Rules.Model.RouteStep.ProvincialReview, CalendarStep.ProvincialReview));

    /// <summary>Gets what happens on a calendar event's day.</summary>
    public static Vocabulary<CalendarEventKind> EventKind { get; } = Of(
        kind => kind.ToString(),
        (CalendarEventKind.Opens, "开始", "opens"),
        (CalendarEventKind.Closes, "最后一天", "last day"),
        (CalendarEventKind.Deadline, "截止", "deadline"));

    /// <summary>Gets what a contact answers for.</summary>
    public static Vocabulary<ContactRole> ContactRole { get; } = Of(
        role => role.ToString(),
        (Rules.Results.ContactRole.SecondaryVocational, "职成处（中职学校）", "secondary vocational (职成处)"),
        (Rules.Results.ContactRole.HigherEducation, "高教处（高校）", "higher education (高教处)"),
        (Rules.Results.ContactRole.ProvincialOffice, "省1+X证书协调推进办公室", "provincial 1+X office"));

    private static (RouteStep, string, string) Step(RouteStep step, CalendarStep window) =>
        (step, window.Name().Zh, window.Name().En);

    private static Vocabulary<TEnum> Of<TEnum>(Func<TEnum, string> wire, params (TEnum Value, string Zh, string En)[] terms)
        where TEnum : struct, Enum =>
        new([.. terms.Select(t => (t.Value, wire(t.Value), t.Zh, t.En))]);
}
