namespace FireSafety.Core.Users;

/// <summary>The demo accounts seeded in Development only (printed in the README).</summary>
public static class DemoAccounts
{
    public sealed record Account(string Email, string Password, string FullName, string JobTitle, string Role, string UnitCode);

    public static readonly Account Admin = new("admin@firesafety.local", "Admin@2026!", "Nguyễn Văn Quản", "Chuyên viên công nghệ thông tin", Roles.Admin, "VP");
    public static readonly Account Office = new("vanphong@firesafety.local", "VanPhong@2026!", "Trần Thị Kiều Oanh", "Chánh Văn phòng", Roles.Office, "VP");
    public static readonly Account Leader = new("lanhdao@firesafety.local", "LanhDao@2026!", "Lê Minh Đức", "Phó Giám đốc Sở", Roles.Leader, "STP");
    public static readonly Account UnitHead = new("hctp@firesafety.local", "DonVi@2026!", "Phạm Thị Hồng", "Trưởng phòng Hành chính tư pháp", Roles.UnitHead, "HCTP");
    public static readonly Account OtherUnitHead = new("tgpl@firesafety.local", "DonVi@2026!", "Hoàng Văn Bình", "Giám đốc Trung tâm Trợ giúp pháp lý", Roles.UnitHead, "TGPL");

    public static readonly IReadOnlyList<Account> All = [Admin, Office, Leader, UnitHead, OtherUnitHead];
}
