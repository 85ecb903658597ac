using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.TestSupport;

/// <summary>Directives for tests: one that concerns a single unit (its only assignment is that unit's).</summary>
public static class TestDirectives
{
    /// <summary>A directive whose assignments are all for <paramref name="unitId"/>, created on first use.</summary>
    public static async Task<int> OfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var number = $"TEST-{unitId}/STP-VP";
        var existing = await db.Directives.IgnoreQueryFilters().Where(d => d.Number == number).Select(d => (int?)d.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var task = new DirectiveTask { Text = "Rà soát phương tiện chữa cháy", Categories = nameof(TaskCategory.Equipment), LeadUnitId = unitId, DueOn = new DateOnly(2026, 12, 31) };
        task.Units.Add(new DirectiveTaskUnit { UnitId = unitId, IsLead = true });
        var directive = new Directive
        {
            Number = number,
            Kind = "Công văn",
            IssuedOn = new DateOnly(2026, 1, 5),
            IssuingBody = "Sở Tư pháp",
            Subject = $"V/v kiểm tra phương tiện chữa cháy của đơn vị {unitId}",
            CreatedAtUtc = DateTime.UtcNow,
            Tasks = [task],
        };
        db.Directives.Add(directive);
        await db.SaveChangesAsync();
        db.TaskAssignments.Add(new TaskAssignment { TaskId = task.Id, UnitId = unitId, IsLead = true, DueOn = task.DueOn.Value, CreatedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return directive.Id;
    }
}
