using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Tasks;

/// <summary>Directives, tasks and assignments arranged directly in the database.</summary>
internal static class TaskTestData
{
    public static async Task<int> UnitIdAsync(FireSafetyDbContext db, string code) =>
        await db.Units.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync();

    public static async Task<Directive> DirectiveAsync(FireSafetyDbContext db, string subject = "Tăng cường công tác PCCC")
    {
        var directive = new Directive
        {
            Number = $"{Guid.NewGuid().ToString("N")[..6]}/STP-VP",
            Kind = "Công văn",
            Subject = subject,
            IssuedOn = new DateOnly(2026, 1, 5),
            CreatedAtUtc = DateTime.UtcNow,
        };
        db.Directives.Add(directive);
        await db.SaveChangesAsync();
        return directive;
    }

    /// <summary>A one-off task of <paramref name="directive"/> given to one unit, in the given state.</summary>
    public static async Task<TaskAssignment> AssignmentAsync(FireSafetyDbContext db, Directive directive, int unitId, DateOnly dueOn, AssignmentState? state = null, string? text = null, string categories = "SelfInspection")
    {
        var task = new DirectiveTask
        {
            DirectiveId = directive.Id,
            Text = text ?? $"Tự kiểm tra an toàn PCCC tại trụ sở ({Guid.NewGuid().ToString("N")[..4]})",
            Categories = categories,
            DueOn = dueOn,
        };
        db.DirectiveTasks.Add(task);
        await db.SaveChangesAsync();
        var assignment = new TaskAssignment { TaskId = task.Id, UnitId = unitId, IsLead = true, DueOn = dueOn, CreatedAtUtc = DateTime.UtcNow };
        assignment.Apply(state ?? AssignmentState.Assigned(dueOn));
        db.TaskAssignments.Add(assignment);
        await db.SaveChangesAsync();
        return assignment;
    }

    /// <summary>An assignment of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> AssignmentOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.TaskAssignments.IgnoreQueryFilters().Where(a => a.UnitId == unitId).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync();
        if (id is null)
        {
            var directive = await DirectiveAsync(db);
            id = (await AssignmentAsync(db, directive, unitId, new DateOnly(2030, 12, 31))).Id;
        }

        return id.Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A difficulty raised by the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> DifficultyOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.Difficulties.IgnoreQueryFilters().Where(d => d.UnitId == unitId).OrderBy(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync();
        if (id is null)
        {
            var difficulty = new Difficulty
            {
                UnitId = unitId,
                Title = "Thiếu kinh phí mua bình chữa cháy",
                CreatedAtUtc = DateTime.UtcNow,
                Messages = [new DifficultyMessage { UnitId = unitId, Text = "Đơn vị chưa được cấp kinh phí.", AtUtc = DateTime.UtcNow }],
            };
            db.Difficulties.Add(difficulty);
            await db.SaveChangesAsync();
            id = difficulty.Id;
        }

        return id.Value.ToString(CultureInfo.InvariantCulture);
    }
}
