using FireSafety.Core.Reporting;
using FireSafety.Core.Training;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Dissemination;

/// <summary>Vietnamese names (resource keys) of the dissemination forms.</summary>
public static class DisseminationLabels
{
    public static string Form(DisseminationForm form) => DisseminationSection.FormLabel(form);

    public static List<SelectListItem> Forms(IStringLocalizer localizer, DisseminationForm? selected) =>
        [.. Enum.GetValues<DisseminationForm>().Select(f => new SelectListItem(localizer[Form(f)], f.ToString(), f == selected))];
}
