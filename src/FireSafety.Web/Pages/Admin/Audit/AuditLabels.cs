using FireSafety.Core.Auditing;

namespace FireSafety.Web.Pages.Admin.Audit;

/// <summary>
/// Vietnamese words for what the audit trail stores in code terms. Each is a resource key: the
/// views pass it through the localizer, so the English UI gets its own words.
/// </summary>
public static class AuditLabels
{
    /// <summary>The entity type of sign-in events (AccountAuditor).</summary>
    public const string AccountEntity = "Account";

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Insert => "Thêm mới",
        AuditAction.Update => "Sửa",
        AuditAction.Delete => "Xóa",
        AuditAction.Login => "Đăng nhập",
        AuditAction.LoginFailed => "Đăng nhập thất bại",
        AuditAction.Lockout => "Tạm khóa do đăng nhập sai",
        AuditAction.Logout => "Đăng xuất",
        AuditAction.PasswordChanged => "Đổi mật khẩu",
        AuditAction.TwoFactorChanged => "Thay đổi xác thực hai lớp",
        AuditAction.Download => "Tải tệp",
        _ => action.ToString(),
    };

    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        [AccountEntity] = "Tài khoản (đăng nhập)",
        ["AppUser"] = "Người dùng",
        ["Unit"] = "Đơn vị",
        ["Facility"] = "Cơ sở",
        ["Area"] = "Khu vực",
        ["IdentityRole"] = "Vai trò",
        ["IdentityUserRole`1"] = "Vai trò của người dùng",
        ["IdentityUserToken`1"] = "Mã bảo mật của người dùng",
        ["IdentityUserClaim`1"] = "Thuộc tính của người dùng",
        ["IdentityUserLogin`1"] = "Đăng nhập ngoài của người dùng",
        ["IdentityRoleClaim`1"] = "Thuộc tính của vai trò",
    };

    public static string Entity(string entityType) => Entities.GetValueOrDefault(entityType, entityType);

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["detail"] = "Chi tiết",
        ["Id"] = "Mã định danh",
        ["Role"] = "Vai trò",
        ["RoleId"] = "Vai trò",
        ["UserId"] = "Người dùng",
        ["FullName"] = "Họ và tên",
        ["JobTitle"] = "Chức vụ",
        ["Email"] = "Email",
        ["UserName"] = "Tên đăng nhập",
        ["UnitId"] = "Đơn vị",
        ["ParentId"] = "Đơn vị cấp trên",
        ["IsDisabled"] = "Vô hiệu hóa",
        ["MustChangePassword"] = "Phải đổi mật khẩu",
        ["PasswordHash"] = "Mật khẩu",
        ["EmailConfirmed"] = "Đã xác nhận email",
        ["PhoneNumber"] = "Số điện thoại",
        ["PhoneNumberConfirmed"] = "Đã xác nhận số điện thoại",
        ["TwoFactorEnabled"] = "Xác thực hai lớp",
        ["LockoutEnabled"] = "Cho phép tạm khóa",
        ["LockoutEnd"] = "Tạm khóa đến",
        ["AccessFailedCount"] = "Số lần đăng nhập sai",
        ["CreatedAtUtc"] = "Ngày tạo",
        ["Code"] = "Mã",
        ["Name"] = "Tên",
        ["Kind"] = "Loại",
        ["Path"] = "Đường dẫn cây",
        ["HeadName"] = "Người đứng đầu",
        ["Phone"] = "Điện thoại",
        ["SortOrder"] = "Thứ tự",
        ["IsActive"] = "Đang sử dụng",
        ["Address"] = "Địa chỉ",
        ["Floors"] = "Số tầng",
        ["AreaSquareMetres"] = "Diện tích (m²)",
        ["IsManagedFacility"] = "Thuộc diện quản lý về PCCC",
        ["FacilityId"] = "Cơ sở",
        ["Floor"] = "Tầng / vị trí",
        ["IsHighRisk"] = "Nguy cơ cháy, nổ cao",
        ["Note"] = "Ghi chú",
    };

    public static string Field(string name) => Fields.GetValueOrDefault(name, name);

    /// <summary>The "detail" of a sign-in event, which AccountAuditor writes in English words.</summary>
    public static string Detail(AuditAction action, string detail) => (action, detail) switch
    {
        (AuditAction.LoginFailed, "unknown user") => "Không có tài khoản với email này",
        (AuditAction.LoginFailed, "wrong password") => "Sai mật khẩu",
        (AuditAction.LoginFailed, "disabled") => "Tài khoản đã bị vô hiệu hóa",
        (AuditAction.TwoFactorChanged, "enabled") => "Bật",
        (AuditAction.TwoFactorChanged, "disabled") => "Tắt",
        _ => detail,
    };
}
