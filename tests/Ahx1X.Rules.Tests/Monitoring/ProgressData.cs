using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Rules.Tests.Monitoring;

/// <summary>Monthly progress reports for the MON-01 tests: one certificate approved on 8 April 2024, reported for July.</summary>
internal static class ProgressData
{
    public static CertificateProgress Row(int? approved = 60, int? examined = 30, int? certified = 0, LocalDate? approvedOn = null, string certificate = "B1-WEB") => new()
    {
        CertificateCode = certificate,
        ApprovedOn = approvedOn ?? new LocalDate(2024, 4, 8),
        Approved = approved,
        Examined = examined,
        Certified = certified,
    };

    public static MonthlyProgressReport Report(string name = "安徽示范职业技术学院", string? city = "合肥", int month = 7, params CertificateProgress[] rows) => new()
    {
        Year = 2024,
        Institution = new Institution { Name = name, City = city },
        Month = new YearMonth(2024, month),
        Certificates = rows.Length == 0 ? [Row()] : rows,
    };
}
