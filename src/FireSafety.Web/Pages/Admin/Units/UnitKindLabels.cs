using FireSafety.Core.Units;

namespace FireSafety.Web.Pages.Admin.Units;

/// <summary>The Vietnamese names of <see cref="UnitKind"/>, used as localisation keys.</summary>
public static class UnitKindLabels
{
    public static IReadOnlyList<UnitKind> All { get; } = Enum.GetValues<UnitKind>();

    public static string For(UnitKind kind) => kind switch
    {
        UnitKind.Department => "Sở",
        UnitKind.Office => "Văn phòng",
        UnitKind.Inspectorate => "Thanh tra",
        UnitKind.Division => "Phòng",
        UnitKind.Centre => "Trung tâm",
        _ => "Khác",
    };
}
