using System.Globalization;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Equipment;

/// <summary>The answers of a quick check, as the phone form sends them.</summary>
public sealed record CheckAnswers(bool InPlace, bool AccessClear, bool GaugeGreen, bool PinAndSealIntact, bool NoDamage, bool LabelLegible, string? Note)
{
    public bool Passed => InPlace && AccessClear && GaugeGreen && PinAndSealIntact && NoDamage && LabelLegible;
}

/// <summary>
/// Records quick checks: the item's last check and next due date move on; a failed check marks
/// the item as needing repair and opens a corrective action (source <see cref="ActionSource.EquipmentCheck"/>)
/// for the item's unit, all in one transaction.
/// </summary>
public sealed class EquipmentChecks(FireSafetyDbContext db, CorrectiveActions actions, TimeProvider time, ICurrentUser currentUser)
{
    /// <summary>Days the unit has to fix what a failed check found.</summary>
    public const int FixWithinDays = 7;

    /// <summary>Records a check of a tracked item (loaded with its <see cref="EquipmentItem.Type"/>).</summary>
    public async Task<EquipmentCheck> RecordAsync(EquipmentItem item, CheckAnswers answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answers);
        var type = item.Type ?? await db.Set<EquipmentType>().SingleAsync(t => t.Id == item.TypeId, cancellationToken);
        var today = VietnamTime.Today(time);
        var check = new EquipmentCheck
        {
            UnitId = item.UnitId,
            ItemId = item.Id,
            CheckedOn = today,
            CheckedAtUtc = time.GetUtcNow().UtcDateTime,
            CheckedBy = currentUser.UserName,
            InPlace = answers.InPlace,
            AccessClear = answers.AccessClear,
            GaugeGreen = answers.GaugeGreen,
            PinAndSealIntact = answers.PinAndSealIntact,
            NoDamage = answers.NoDamage,
            LabelLegible = answers.LabelLegible,
            Passed = answers.Passed,
            Note = string.IsNullOrWhiteSpace(answers.Note) ? null : answers.Note.Trim(),
        };

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        item.LastCheckedOn = today;
        if (!check.Passed && item.Status == EquipmentStatus.InService)
        {
            item.Status = EquipmentStatus.NeedsRepair;
        }

        item.Recompute(type);
        db.Set<EquipmentCheck>().Add(check);
        await db.SaveChangesAsync(cancellationToken);

        if (!check.Passed)
        {
            var failures = string.Join("; ", check.Failures());
            var action = await actions.OpenAsync(
                new OpenActionRequest(
                    item.UnitId,
                    ActionSource.EquipmentCheck,
                    check.Id,
                    $"Phương tiện {item.Code} ({type.Name}) không đạt kiểm tra: {failures}",
                    check.Note,
                    Severity.Major,
                    today.AddDays(FixWithinDays)),
                cancellationToken);
            check.ActionId = action.Id;
            await db.SaveChangesAsync(cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return check;
    }

    /// <summary>The page where an item is checked: what its QR label holds (made absolute by the caller).</summary>
    public static string CheckPath(int itemId) => $"/Equipment/Check/{itemId.ToString(CultureInfo.InvariantCulture)}";
}
