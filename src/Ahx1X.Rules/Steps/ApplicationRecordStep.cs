using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// A step whose record is about one institution's application (the application itself, and its
/// city and provincial reviews): the year, the names in output and the checks of those two parts
/// are the same for each.
/// </summary>
internal abstract class ApplicationRecordStep<TRequest, TScope>(int index, string workflow, DocumentKind kind, string kindName)
    : Step<TRequest, TScope>(index, workflow, kind, kindName)
    where TRequest : class
    where TScope : Scope
{
    public sealed override int YearOf(TRequest request) => ApplicationOf(request).Year;

    public sealed override (string Subject, string? City, string Item) Describe(TRequest request) =>
        (InstitutionOf(request).Name, InstitutionOf(request).City, ApplicationOf(request).CertificateCode);

    public sealed override void Check(TRequest request, RequestProblems problems)
    {
        problems.Institution("$.institution", InstitutionOf(request));
        problems.Application("$.application", ApplicationOf(request));
        CheckOwn(request, problems);
    }

    /// <summary>Returns the institution the record is about.</summary>
    protected abstract Institution InstitutionOf(TRequest request);

    /// <summary>Returns the application the record is about.</summary>
    protected abstract Application ApplicationOf(TRequest request);

    /// <summary>Adds the problems of the record's own members, beyond its institution and application.</summary>
    protected abstract void CheckOwn(TRequest request, RequestProblems problems);
}
