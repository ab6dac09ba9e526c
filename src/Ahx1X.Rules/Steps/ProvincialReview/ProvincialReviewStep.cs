using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// The provincial review of an application (notice 三.3, 三.2 and 四 for the order): TIME-03, ORDER-01.
/// Rules: <c>rules/2024/workflows/provincial-review.json</c>.
/// </summary>
internal sealed class ProvincialReviewStep(int index)
    : ApplicationRecordStep<ProvincialReviewRequest, ProvincialReviewScope>(index, "ProvincialReview", DocumentKind.ProvincialReviews, "provincialReviews")
{
    protected override Institution InstitutionOf(ProvincialReviewRequest request) => request.Institution;

    protected override Application ApplicationOf(ProvincialReviewRequest request) => request.Application;

    protected override void CheckOwn(ProvincialReviewRequest request, RequestProblems problems)
    {
        problems.Moment("$.reviewedAt", request.ReviewedAt);
        problems.Moment("$.cityReview.reviewedAt", request.CityReview?.ReviewedAt);
    }

    public override void Read(JsonFields root, RecordList records) =>
        Readers.Each(root, "reviews", "a provincial review", records, fields =>
        {
            var institution = Readers.Institution(fields, "institution");
            var application = Readers.Application(fields, "application");
            var reviewedAt = Readers.Moment(fields, "reviewedAt");
            CityReviewRecord? cityReview = null;
            if (fields.Child("cityReview") is { } city)
            {
                cityReview = new CityReviewRecord { ReviewedAt = Readers.Moment(city, "reviewedAt"), Passed = city.Bool("passed") };
                city.RejectUnknown();
            }

            return institution is null || application is null
                ? null
                : new ProvincialReviewRequest { Institution = institution, Application = application, ReviewedAt = reviewedAt, CityReview = cityReview };
        }, Describe);

    internal override ProvincialReviewScope ScopeOf(ProvincialReviewRequest request, StepContext context) => new()
    {
        Institution = request.Institution,
        Application = request.Application,
        ReviewedAt = request.ReviewedAt,
        CityReview = request.CityReview,
        Season = context.SeasonOf(request.Application.Season),
        Edition = context.Edition,
    };
}
