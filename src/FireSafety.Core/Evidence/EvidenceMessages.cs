namespace FireSafety.Core.Evidence;

/// <summary>
/// Refusal messages. Each is a composite format string in Vietnamese and doubles as the resource
/// key the web layer localises (ADR 0005); {0} is always the cleaned name of the uploaded file.
/// </summary>
public static class EvidenceMessages
{
    public const string Empty = "Tệp \"{0}\" rỗng.";

    public const string TooLarge = "Tệp \"{0}\" quá lớn (tối đa {1} MB).";

    public const string NotAllowedType = "Tệp \"{0}\" không thuộc loại được phép (JPEG, PNG, WebP, PDF, DOCX, XLSX).";

    public const string ImageTooLarge = "Ảnh \"{0}\" quá lớn (tối đa {1} megapixel).";

    public const string Corrupt = "Tệp \"{0}\" bị hỏng hoặc không đọc được.";

    public const string PdfActiveContent = "Tệp PDF \"{0}\" chứa mã thực thi nên không được chấp nhận.";

    public const string OfficeMacro = "Tệp \"{0}\" chứa macro hoặc mã thực thi nên không được chấp nhận.";

    public const string Encrypted = "Tệp \"{0}\" được đặt mật khẩu hoặc mã hóa nên không kiểm tra được.";

    public const string Malware = "Tệp \"{0}\" bị nhận diện là mã độc nên không được chấp nhận.";

    /// <summary>{0} is the limit; no file name.</summary>
    public const string TooManyFiles = "Mỗi lần chỉ được gửi tối đa {0} tệp.";

    /// <summary>{0} is the limit in MB; no file name.</summary>
    public const string RequestTooLarge = "Tổng dung lượng các tệp gửi một lần vượt quá {0} MB.";
}
