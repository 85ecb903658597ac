using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FireSafety.Web.Infrastructure;

/// <summary>A one-shot message shown after a Post-Redirect-Get, through TempData.</summary>
public static class StatusMessage
{
    public const string Key = "StatusMessage";
    public const string KindKey = "StatusMessageKind";

    public static void Success(this ITempDataDictionary tempData, string message) => Set(tempData, message, "success");

    public static void Warning(this ITempDataDictionary tempData, string message) => Set(tempData, message, "warning");

    private static void Set(ITempDataDictionary tempData, string message, string kind)
    {
        tempData[Key] = message;
        tempData[KindKey] = kind;
    }
}
