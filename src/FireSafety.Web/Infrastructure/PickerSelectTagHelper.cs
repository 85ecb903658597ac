using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// <c>&lt;select picker="Model.UnitPicker"&gt;</c>: with a <see cref="Picker"/>, marks the drop-down
/// for <c>wwwroot/js/picker.js</c> (its search URL and texts); without one (a short list), nothing.
/// </summary>
[HtmlTargetElement("select", Attributes = "picker")]
public sealed class PickerSelectTagHelper(IStringLocalizer<SharedResource> s) : TagHelper
{
    public Picker? Picker { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Picker is null)
        {
            return;
        }

        var placeholder = Picker.Kind switch
        {
            PickerKind.Directives => s["Gõ để tìm văn bản…"],
            PickerKind.Facilities => s["Gõ để tìm cơ sở…"],
            _ => s["Gõ để tìm đơn vị…"],
        };
        output.Attributes.SetAttribute("data-lookup", Picker.Url);
        output.Attributes.SetAttribute("data-lookup-placeholder", placeholder.Value);
        output.Attributes.SetAttribute("data-lookup-empty", s["Không tìm thấy"].Value);
        output.Attributes.SetAttribute("data-lookup-count", s["{0} kết quả — chọn trong danh sách"].Value);
    }
}
