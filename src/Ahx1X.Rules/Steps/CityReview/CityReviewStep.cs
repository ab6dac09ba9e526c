using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// A city bureau's preliminary review of a secondary vocational application (notice 三.2): TIME-02, and
/// that the school's own city reviewed it (PROC-05).
/// Rules: <c>rules/2024/workflows/city-review.json</c>.
/// </summary>
internal sealed class CityReviewStep(int index)
    : ApplicationRecordStep<CityReviewRequest, CityReviewScope>(index, "CityReview", DocumentKind.CityReviews, "cityReviews")
{
    protected override Institution InstitutionOf(CityReviewRequest request) => request.Institution;

    protected override Application ApplicationOf(CityReviewRequest request) => request.Application;

    protected override void CheckOwn(CityReviewRequest request, RequestProblems problems)
    {
        problems.Moment("$.reviewedAt", request.ReviewedAt);
        problems.City("$.reviewerCity", request.ReviewerCity);
    }

    public override void Read(JsonFields root, RecordList records) =>
        Readers.Each(root, "reviews", "a city review", records, fields =>
        {
            var institution = Readers.Institution(fields, "institution");
            var application = Readers.Application(fields, "application");
            var reviewedAt = Readers.Moment(fields, "reviewedAt");
            var reviewerCity = fields.String("reviewerCity");
            return institution is null || application is null
                ? null
                : new CityReviewRequest { Institution = institution, Application = application, ReviewedAt = reviewedAt, ReviewerCity = reviewerCity };
        }, Describe);

    internal override CityReviewScope ScopeOf(CityReviewRequest request, StepContext context) => new()
    {
        Institution = request.Institution,
        Application = request.Application,
        ReviewedAt = request.ReviewedAt,
        Review = request,
        Season = context.SeasonOf(request.Application.Season),
        Edition = context.Edition,
    };
}
