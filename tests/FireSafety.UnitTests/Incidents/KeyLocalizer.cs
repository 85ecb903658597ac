using System.Globalization;
using Microsoft.Extensions.Localization;

namespace FireSafety.UnitTests.Incidents;

/// <summary>A localizer that answers with the Vietnamese key itself, formatted: what vi-VN shows.</summary>
internal sealed class KeyLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
