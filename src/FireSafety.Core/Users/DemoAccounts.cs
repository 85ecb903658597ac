namespace FireSafety.Core.Users;

/// <summary>The demo accounts seeded in Development only (printed in the README).</summary>
/// <remarks>
/// Each account carries its password's hash, computed ahead with the app's settings (ASP.NET Core
/// Identity's V3 format, PBKDF2-HMAC-SHA512, the full iteration count): hashing the five at
/// start-up cost a fresh start half a second, and the hash of a password printed in the README
/// protects nothing. Signing in verifies it like any other hash. SessionTests fails, printing
/// fresh hashes, if the hasher's settings change (ADR 0095).
/// </remarks>
public static class DemoAccounts
{
    public sealed record Account(string Email, string Password, string FullName, string JobTitle, string Role, string UnitCode)
    {
        /// <summary><see cref="Password"/>, hashed as the app's password hasher hashes it.</summary>
        public required string PasswordHash { get; init; }
    }

    public static readonly Account Admin = new("admin@firesafety.local", "Admin@2026!", "Nguyễn Văn Quản", "Chuyên viên công nghệ thông tin", Roles.Admin, "VP")
    {
        PasswordHash = "AQAAAAIAAzRQAAAAECfDT7gsPKJQbcngDGte8ktKwzqjNL0ppWpmTodOh62pqr0ghelgw0627sC+j8NF7g==",
    };

    public static readonly Account Office = new("vanphong@firesafety.local", "VanPhong@2026!", "Trần Thị Kiều Oanh", "Chánh Văn phòng", Roles.Office, "VP")
    {
        PasswordHash = "AQAAAAIAAzRQAAAAELmvscCm58U55H8nHg8pSvY5+xCNmaj/kArOynswjIkJaKSj5AdR1BGrmZhHaaIdDA==",
    };

    public static readonly Account Leader = new("lanhdao@firesafety.local", "LanhDao@2026!", "Lê Minh Đức", "Phó Giám đốc Sở", Roles.Leader, "STP")
    {
        PasswordHash = "AQAAAAIAAzRQAAAAELozY4wrmJ9SStRB3tndORJwqokAkwdFO8q220AfsMoNbbxlx+KX19VF/nt4ahPU6w==",
    };

    public static readonly Account UnitHead = new("hctp@firesafety.local", "DonVi@2026!", "Phạm Thị Hồng", "Trưởng phòng Hành chính tư pháp", Roles.UnitHead, "HCTP")
    {
        PasswordHash = "AQAAAAIAAzRQAAAAEOHgWMGyGIHMJWP1ueq+wkATt1FAwe0i4gn09q6ZsAgUIG6jxxJGITO6ZPwnkhUrXw==",
    };

    public static readonly Account OtherUnitHead = new("tgpl@firesafety.local", "DonVi@2026!", "Hoàng Văn Bình", "Giám đốc Trung tâm Trợ giúp pháp lý", Roles.UnitHead, "TGPL")
    {
        PasswordHash = "AQAAAAIAAzRQAAAAEORvWVd8lkhYEfdjgWqvip0G59BoHuvod6EcKmENS0NlIaI1L8GFZfgjhtmCCdcQXA==",
    };


    public static readonly IReadOnlyList<Account> All = [Admin, Office, Leader, UnitHead, OtherUnitHead];
}
