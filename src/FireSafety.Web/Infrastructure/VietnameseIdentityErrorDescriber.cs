using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Infrastructure;

/// <summary>Identity's error messages, in the user's language (Vietnamese by default).</summary>
public sealed class VietnameseIdentityErrorDescriber(IStringLocalizer<SharedResource> s) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = s["Mật khẩu phải có ít nhất {0} ký tự.", length] };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = s["Mật khẩu phải có ít nhất một chữ số."] };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = s["Mật khẩu phải có ít nhất một chữ thường."] };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = s["Mật khẩu phải có ít nhất một chữ hoa."] };

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = s["Mật khẩu phải có ít nhất một ký tự đặc biệt."] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = s["Mật khẩu hiện tại không đúng."] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = s["Email {0} đã được sử dụng.", email] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = s["Tên đăng nhập {0} đã được sử dụng.", userName] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = s["Email {0} không hợp lệ.", email ?? string.Empty] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = s["Mã xác thực không hợp lệ."] };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = s["Tài khoản vừa được người khác thay đổi. Vui lòng tải lại trang."] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = s["Đã có lỗi xảy ra."] };
}
