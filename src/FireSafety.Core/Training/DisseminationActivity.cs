using FireSafety.Core.Common;

namespace FireSafety.Core.Training;

/// <summary>How a unit disseminated a directive to its staff (tuyên truyền, phổ biến).</summary>
public enum DisseminationForm
{
    /// <summary>Hội nghị, cuộc họp.</summary>
    Meeting = 0,

    /// <summary>Sao gửi văn bản.</summary>
    Document = 1,

    /// <summary>Bảng tin, niêm yết.</summary>
    NoticeBoard = 2,

    /// <summary>Thư điện tử, mạng nội bộ.</summary>
    Intranet = 3,

    /// <summary>Lớp tập huấn.</summary>
    Training = 4,
}

/// <summary>
/// One dissemination session of a unit (letter 757/STP-VP point 1: disseminate Conclusion
/// 02-KL/TW to the staff): when, by which means, on what topic, how many attended.
/// </summary>
public sealed class DisseminationActivity : IUnitOwned, IVersioned, ISearchable
{
    public const int TopicMaxLength = 300;
    public const int NotesMaxLength = 2000;
    public const int MaxAttendees = 100_000;

    /// <summary>The topic the form suggests: the conclusion the seed letter asks every unit to disseminate.</summary>
    public const string DefaultTopic = "Kết luận số 02-KL/TW";

    /// <summary>What a topic about Conclusion 02 contains (the annual summary counts those sessions).</summary>
    public const string Conclusion02 = "02-KL/TW";

    public int Id { get; set; }

    public int UnitId { get; set; }

    public DisseminationForm Form { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Topic { get; set; } = string.Empty;

    public int Attendees { get; set; }

    public string? Notes { get; set; }

    /// <summary>Optional evidence (minutes, photo, the document sent), in the evidence store under the unit.</summary>
    public Guid? EvidenceFileId { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchSources() => [Topic, Notes];
}
