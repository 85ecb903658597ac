using FireSafety.Core.Training;

namespace FireSafety.Web.Pages.Training;

/// <summary>Vietnamese names (resource keys) and badges of the certificate states.</summary>
public static class TrainingLabels
{
    public static string Status(CertificateStatus status) => status switch
    {
        CertificateStatus.NoExpiry => "Không thời hạn",
        CertificateStatus.Valid => "Còn hiệu lực",
        CertificateStatus.ExpiringSoon => "Sắp hết hạn",
        _ => "Đã hết hạn",
    };

    public static string Badge(CertificateStatus status) => status switch
    {
        CertificateStatus.NoExpiry => "text-bg-secondary",
        CertificateStatus.Valid => "text-bg-success",
        CertificateStatus.ExpiringSoon => "text-bg-warning",
        _ => "text-bg-danger",
    };
}
