using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// A change to an approved plan, and a quota increase request (附件4, notice 五): ADJ-01..04.
/// Rules: <c>rules/2024/workflows/adjustment.json</c>.
/// </summary>
internal sealed class AdjustmentStep(int index)
    : Step<AdjustmentRequest, AdjustmentScope>(index, "Adjustment", DocumentKind.Adjustments, "adjustments")
{
    public override int YearOf(AdjustmentRequest request) => request.Year;

    public override (string Subject, string? City, string Item) Describe(AdjustmentRequest request) =>
        (request.Institution.Name, request.Institution.City, request.Approved.CertificateCode);

    public override void Check(AdjustmentRequest request, RequestProblems problems)
    {
        problems.Year("$.year", request.Year);
        problems.Institution("$.institution", request.Institution);
        problems.Plan("$.approved", request.Approved);
        problems.Plan("$.requested", request.Requested);
    }

    public override void Read(JsonFields root, RecordList records) =>
        Readers.Each(root, "adjustments", "an adjustment", records, fields =>
        {
            var year = Readers.Year(fields);
            var institution = Readers.Institution(fields, "institution");
            var approved = Readers.Plan(fields, "approved");
            var requested = Readers.Plan(fields, "requested");
            IncreaseRequest? increase = null;
            if (fields.Child("increase") is { } found)
            {
                increase = new IncreaseRequest
                {
                    PilotDepartmentAgreed = found.Bool("pilotDepartmentAgreed"),
                    SchoolLeaderAgreed = found.Bool("schoolLeaderAgreed"),
                    FormPresent = found.Bool("formPresent"),
                    Sealed = found.Bool("sealed"),
                    Recipient = found.String("recipient"),
                    Subject = found.String("subject"),
                };
                found.RejectUnknown();
            }

            return year is null || institution is null || approved is null || requested is null
                ? null
                : new AdjustmentRequest { Year = year.Value, Institution = institution, Approved = approved, Requested = requested, Increase = increase };
        }, Describe);

    internal override AdjustmentScope ScopeOf(AdjustmentRequest request, StepContext context) => new()
    {
        Institution = request.Institution,
        Approved = request.Approved,
        Requested = request.Requested,
        Increase = request.Increase,
        Edition = context.Edition,
    };
}
