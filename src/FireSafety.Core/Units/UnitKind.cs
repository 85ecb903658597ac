namespace FireSafety.Core.Units;

public enum UnitKind
{
    /// <summary>The department itself (Sở), root of the tree.</summary>
    Department = 0,

    /// <summary>Văn phòng Sở: compiles, follows up, reports to the provincial police.</summary>
    Office = 1,

    /// <summary>Thanh tra Sở.</summary>
    Inspectorate = 2,

    /// <summary>Phòng chuyên môn.</summary>
    Division = 3,

    /// <summary>Trung tâm / đơn vị sự nghiệp.</summary>
    Centre = 4,

    Other = 9,
}
