using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Infrastructure;

/// <summary>Model binding's own messages ("abc" in a number field…), in the user's language.</summary>
public static class ModelBindingMessages
{
    public static void Configure(MvcOptions options, IStringLocalizer<SharedResource> s)
    {
        var m = options.ModelBindingMessageProvider;
        m.SetValueIsInvalidAccessor(v => s["Giá trị \"{0}\" không hợp lệ.", v]);
        m.SetAttemptedValueIsInvalidAccessor((v, _) => s["Giá trị \"{0}\" không hợp lệ.", v]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => s["Giá trị \"{0}\" không hợp lệ.", v]);
        m.SetValueMustBeANumberAccessor(_ => s["Vui lòng nhập một số."]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => s["Vui lòng nhập một số."]);
        m.SetUnknownValueIsInvalidAccessor(_ => s["Giá trị không hợp lệ."]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => s["Giá trị không hợp lệ."]);
        m.SetValueMustNotBeNullAccessor(_ => s["Vui lòng nhập giá trị."]);
        m.SetMissingBindRequiredValueAccessor(_ => s["Thiếu giá trị bắt buộc."]);
        m.SetMissingKeyOrValueAccessor(() => s["Thiếu giá trị bắt buộc."]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => s["Thiếu dữ liệu gửi lên."]);
    }
}
