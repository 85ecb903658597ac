using FireSafety.Core.Common;

namespace FireSafety.Core.Equipment;

/// <summary>
/// A monthly quick check (kiểm tra định kỳ) of one item: six yes/no points. Any "no" fails the
/// check, and a failed check opens a corrective action (<see cref="ActionId"/>).
/// </summary>
public sealed class EquipmentCheck : IUnitOwned
{
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }

    public int UnitId { get; set; }

    public int ItemId { get; set; }

    public EquipmentItem? Item { get; set; }

    /// <summary>The Vietnam day of the check.</summary>
    public DateOnly CheckedOn { get; set; }

    public DateTime CheckedAtUtc { get; set; }

    public string? CheckedBy { get; set; }

    public bool InPlace { get; set; }

    public bool AccessClear { get; set; }

    public bool GaugeGreen { get; set; }

    public bool PinAndSealIntact { get; set; }

    /// <summary>No damage, rust, leak or blocked nozzle.</summary>
    public bool NoDamage { get; set; }

    public bool LabelLegible { get; set; }

    public bool Passed { get; set; }

    public string? Note { get; set; }

    /// <summary>The corrective action a failed check opened.</summary>
    public int? ActionId { get; set; }

    /// <summary>The check points that were answered "no", as Vietnamese labels.</summary>
    public IReadOnlyList<string> Failures()
    {
        var failures = new List<string>();
        foreach (var (ok, label) in Points(this))
        {
            if (!ok)
            {
                failures.Add(label);
            }
        }

        return failures;
    }

    /// <summary>The six points with their Vietnamese labels, in form order.</summary>
    public static IEnumerable<(bool Ok, string Label)> Points(EquipmentCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        yield return (check.InPlace, PointLabels[0]);
        yield return (check.AccessClear, PointLabels[1]);
        yield return (check.GaugeGreen, PointLabels[2]);
        yield return (check.PinAndSealIntact, PointLabels[3]);
        yield return (check.NoDamage, PointLabels[4]);
        yield return (check.LabelLegible, PointLabels[5]);
    }

    public static readonly string[] PointLabels =
    [
        "Đúng vị trí",
        "Lối tiếp cận thông thoáng",
        "Đồng hồ áp suất ở vùng xanh",
        "Chốt hãm, niêm phong còn nguyên",
        "Không hư hỏng, gỉ sét, rò rỉ, tắc vòi",
        "Nhãn, hướng dẫn còn đọc được",
    ];
}
