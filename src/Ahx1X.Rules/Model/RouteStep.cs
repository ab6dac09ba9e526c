namespace Ahx1X.Rules.Model;

/// <summary>Names a step an application passes through on its way to approval (三.2), in the order they come.</summary>
public enum RouteStep
{
    /// <summary>院校申报: the institution applies.</summary>
    Application = 1,

    /// <summary>市级初审: the institution's own city bureau reviews the application first.</summary>
    CityReview = 2,

    /// <summary>省级审核: the provincial 1+X office reviews it.</summary>
    ProvincialReview = 3,
}
