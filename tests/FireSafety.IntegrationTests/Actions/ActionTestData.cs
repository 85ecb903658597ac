using System.Globalization;
using FireSafety.Core.Actions;
using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Actions;

/// <summary>Corrective actions arranged directly in the database.</summary>
internal static class ActionTestData
{
    public static async Task<CorrectiveAction> ActionAsync(FireSafetyDbContext db, int unitId, DateOnly dueOn, string? title = null, ActionStatus status = ActionStatus.Open, string? ownerUserId = null)
    {
        var action = new CorrectiveAction
        {
            UnitId = unitId,
            Source = ActionSource.Manual,
            Title = title ?? $"Lối thoát nạn tầng 2 bị chắn ({Guid.NewGuid().ToString("N")[..4]})",
            Severity = Severity.Critical,
            DueOn = dueOn,
            Status = status,
            OwnerUserId = ownerUserId,
            CreatedAtUtc = DateTime.UtcNow,
        };
        db.CorrectiveActions.Add(action);
        await db.SaveChangesAsync();
        return action;
    }

    /// <summary>An action of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> ActionOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.CorrectiveActions.IgnoreQueryFilters().Where(a => a.UnitId == unitId).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync();
        id ??= (await ActionAsync(db, unitId, new DateOnly(2030, 12, 31))).Id;
        return id.Value.ToString(CultureInfo.InvariantCulture);
    }
}
