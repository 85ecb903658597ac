using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Units;

/// <summary>Keeps the unit tree's materialised paths right when units are added or moved.</summary>
public sealed class UnitTree(FireSafetyDbContext db)
{
    /// <summary>Adds a unit under its parent (or as a root) and sets its path.</summary>
    public async Task AddAsync(Unit unit, CancellationToken cancellationToken = default)
    {
        var parentPath = await ParentPathAsync(unit.ParentId, cancellationToken);
        await using var transaction = await BeginAsync(cancellationToken);
        unit.Path = parentPath;
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        unit.Path = $"{parentPath}{unit.Id}/";
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>True when <paramref name="newParentId"/> would put the unit under itself.</summary>
    public async Task<bool> WouldCreateCycleAsync(Unit unit, int? newParentId, CancellationToken cancellationToken = default)
    {
        if (newParentId is null)
        {
            return false;
        }

        if (newParentId == unit.Id)
        {
            return true;
        }

        var parentPath = await db.Units.IgnoreQueryFilters().Where(u => u.Id == newParentId)
            .Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);
        return parentPath is not null && parentPath.StartsWith(unit.Path, StringComparison.Ordinal);
    }

    /// <summary>
    /// Moves a tracked unit under a new parent and rewrites the paths of its whole subtree.
    /// The caller saves. Throws when the move would create a cycle (check first).
    /// </summary>
    public async Task MoveAsync(Unit unit, int? newParentId, CancellationToken cancellationToken = default)
    {
        if (await WouldCreateCycleAsync(unit, newParentId, cancellationToken))
        {
            throw new InvalidOperationException("A unit cannot be moved under itself or its own sub-units.");
        }

        var oldPath = unit.Path;
        var newPath = $"{await ParentPathAsync(newParentId, cancellationToken)}{unit.Id}/";
        unit.ParentId = newParentId;
        if (oldPath == newPath)
        {
            return;
        }

        var descendants = await db.Units.IgnoreQueryFilters()
            .Where(u => u.Path.StartsWith(oldPath) && u.Id != unit.Id)
            .ToListAsync(cancellationToken);
        unit.Path = newPath;
        foreach (var descendant in descendants)
        {
            descendant.Path = string.Concat(newPath, descendant.Path.AsSpan(oldPath.Length));
        }
    }

    /// <summary>The ids of a unit and every unit below it.</summary>
    public async Task<List<int>> SubtreeIdsAsync(int unitId, CancellationToken cancellationToken = default)
    {
        var path = await db.Units.IgnoreQueryFilters().Where(u => u.Id == unitId)
            .Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return [];
        }

        return await db.Units.IgnoreQueryFilters().Where(u => u.Path.StartsWith(path))
            .Select(u => u.Id).ToListAsync(cancellationToken);
    }

    private async Task<string> ParentPathAsync(int? parentId, CancellationToken cancellationToken)
    {
        if (parentId is null)
        {
            return "/";
        }

        return await db.Units.IgnoreQueryFilters().Where(u => u.Id == parentId)
            .Select(u => u.Path).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Parent unit {parentId} does not exist.");
    }

    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginAsync(CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
}
