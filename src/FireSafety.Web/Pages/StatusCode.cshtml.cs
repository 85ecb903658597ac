using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages;

/// <summary>Friendly pages for 404, 403, 429 and other status codes without a body.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel(IStringLocalizer<SharedResource> s) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            404 => (s["Không tìm thấy"], s["Trang hoặc bản ghi này không tồn tại, hoặc bạn không có quyền xem."]),
            403 => (s["Không có quyền truy cập"], s["Tài khoản của bạn không được phép dùng chức năng này."]),
            429 => (s["Quá nhiều yêu cầu"], s["Bạn đã thử quá nhiều lần. Vui lòng đợi một chút rồi thử lại."]),
            400 => (s["Yêu cầu không hợp lệ"], s["Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại."]),
            _ => (s["Đã có lỗi xảy ra"], s["Hệ thống không xử lý được yêu cầu này."]),
        };
    }
}
