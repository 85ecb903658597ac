namespace FireSafety.Core.Reporting;

/// <summary>Who issues the annual summary and to whom (section "Reporting"); the defaults are the letter's own.</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    public string ParentBody { get; set; } = "UBND TỈNH HÀ TĨNH";

    public string IssuingBody { get; set; } = "SỞ TƯ PHÁP";

    /// <summary>The issuer as written in a sentence ("Sở Tư pháp báo cáo …").</summary>
    public string IssuerName { get; set; } = "Sở Tư pháp";

    /// <summary>The issuer's code in the number ("05/BC-STP").</summary>
    public string IssuerCode { get; set; } = "STP";

    public string Place { get; set; } = "Hà Tĩnh";

    /// <summary>The addressee, "Kính gửi:".</summary>
    public string Recipient { get; set; } = "Công an tỉnh Hà Tĩnh";

    /// <summary>The implementing letter quoted in the opening paragraph.</summary>
    public string BasisLetter { get; set; } = "Công văn số 757/STP-VP ngày 19/8/2022 của Sở Tư pháp về việc thực hiện Kết luận số 02-KL/TW của Ban Bí thư";

    public string SignerAuthority { get; set; } = "KT. GIÁM ĐỐC";

    public string SignerTitle { get; set; } = "PHÓ GIÁM ĐỐC";

    public string SignerName { get; set; } = string.Empty;
}
