using FireSafety.Core.Common;

namespace FireSafety.Core.Training;

/// <summary>
/// A person of a unit who completed a fire-safety course (huấn luyện, bồi dưỡng nghiệp vụ PCCC và
/// CNCH), with the certificate it gave and when that certificate expires, if it does.
/// </summary>
public sealed class TrainingRecord : IUnitOwned, IVersioned, ISearchable
{
    public const int NameMaxLength = 200;
    public const int CourseMaxLength = 300;
    public const int NumberMaxLength = 100;

    public int Id { get; set; }

    public int UnitId { get; set; }

    public string PersonName { get; set; } = string.Empty;

    public string? Position { get; set; }

    public string CourseName { get; set; } = string.Empty;

    /// <summary>Who trained, e.g. "Công an tỉnh Hà Tĩnh".</summary>
    public string? Provider { get; set; }

    public DateOnly CompletedOn { get; set; }

    public string? CertificateNumber { get; set; }

    /// <summary>Null: the certificate does not expire (or there is none).</summary>
    public DateOnly? CertificateExpiresOn { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchSources() => [PersonName, Position, CourseName, Provider, CertificateNumber];
}
