using System.Globalization;
using System.Text.Json;
using FireSafety.Core.Auditing;
using FireSafety.Core.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FireSafety.Core.Data;

/// <summary>
/// Turns tracked changes into audit entries, bumps concurrency versions and refreshes search
/// columns. Used only by <see cref="FireSafetyDbContext"/>'s save methods.
/// </summary>
internal sealed class AuditWriter(ICurrentUser currentUser, TimeProvider timeProvider, UnitScope scope)
{
    // Never written to the trail: secrets, and bookkeeping columns that say nothing to a reader.
    private static readonly HashSet<string> HiddenProperties =
    [
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", nameof(ISearchable.SearchText),
        nameof(IVersioned.Version), "NormalizedEmail", "NormalizedUserName",
    ];

    private static readonly HashSet<string> SecretProperties = ["PasswordHash", "SecurityStamp"];

    /// <summary>A change to write; inserts get their values after the save (real keys, not temporary ones).</summary>
    internal sealed record Pending(EntityEntry Entry, AuditAction Action, string? KeyBeforeSave, Dictionary<string, AuditChange>? Changes, int? UnitBeforeSave);

    public List<Pending> Prepare(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit trail is append-only.");
                }

                continue;
            }

            if (entry.Entity is IAppendOnly && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Metadata.ShortName()} is append-only.");
            }

            if (entry.State is EntityState.Unchanged or EntityState.Detached || entry.Entity is DataProtectionKey or Jobs.JobLease)
            {
                continue;
            }

            EnsureWithinScope(entry);

            if (entry.Entity is ISearchable searchable && entry.State is EntityState.Added or EntityState.Modified)
            {
                searchable.SearchText = TextFolding.Join(searchable.SearchSources());
            }

            if (entry.Entity is IVersioned && entry.State is EntityState.Added or EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = entry.State == EntityState.Added ? 1L : (long)version.OriginalValue! + 1;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };
            if (action == AuditAction.Insert)
            {
                pending.Add(new Pending(entry, action, null, null, null));
                continue;
            }

            var changes = Changes(entry, action);
            if (action == AuditAction.Update && changes.Count == 0)
            {
                continue;
            }

            pending.Add(new Pending(entry, action, KeyOf(entry, original: true), changes, UnitOf(entry)));
        }

        return pending;
    }

    public IEnumerable<AuditEntry> Complete(List<Pending> pending)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var p in pending)
        {
            yield return new AuditEntry
            {
                TimestampUtc = now,
                UserId = currentUser.UserId,
                UserName = currentUser.UserName,
                // The record's unit when it has one (so a unit's history can be read), else the actor's.
                UnitId = p.UnitBeforeSave ?? UnitOf(p.Entry) ?? currentUser.UnitId,
                IpAddress = currentUser.IpAddress,
                Action = p.Action,
                EntityType = p.Entry.Metadata.ClrType.Name,
                EntityKey = p.KeyBeforeSave ?? KeyOf(p.Entry, original: false),
                Changes = JsonSerializer.Serialize(p.Changes ?? Changes(p.Entry, AuditAction.Insert)),
            };
        }
    }

    /// <summary>
    /// The write side of the unit scope: a restricted user (UnitHead) can neither create a record
    /// in another unit nor move one in or out of their scope, whatever a page forgets to check.
    /// </summary>
    private void EnsureWithinScope(EntityEntry entry)
    {
        if (!scope.IsRestricted || entry.Entity is not IUnitOwned owned)
        {
            return;
        }

        var original = entry.State == EntityState.Added ? owned.UnitId : (int)entry.Property(nameof(IUnitOwned.UnitId)).OriginalValue!;
        if (!scope.Allows(owned.UnitId) || !scope.Allows(original))
        {
            throw new UnitScopeViolationException(entry.Metadata.ShortName(), owned.UnitId);
        }
    }

    private static int? UnitOf(EntityEntry entry) => entry.Entity is IUnitOwned owned ? owned.UnitId : null;

    private static Dictionary<string, AuditChange> Changes(EntityEntry entry, AuditAction action)
    {
        var changes = new Dictionary<string, AuditChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (HiddenProperties.Contains(name) && !SecretProperties.Contains(name))
            {
                continue;
            }

            var oldValue = action == AuditAction.Insert ? null : Format(property.OriginalValue);
            var newValue = action == AuditAction.Delete ? null : Format(property.CurrentValue);
            if (action == AuditAction.Update && (!property.IsModified || oldValue == newValue))
            {
                continue;
            }

            if (action == AuditAction.Insert && newValue is null)
            {
                continue;
            }

            if (SecretProperties.Contains(name) || IsTokenValue(entry, name))
            {
                // Record that a secret changed, never its value.
                if (action == AuditAction.Update && name is "PasswordHash" or nameof(IdentityUserToken<string>.Value))
                {
                    changes[name] = new AuditChange(null, "(changed)");
                }

                continue;
            }

            changes[name] = new AuditChange(oldValue, newValue);
        }

        return changes;
    }

    /// <summary>AspNetUserTokens.Value holds authenticator keys and recovery codes: secrets too.</summary>
    private static bool IsTokenValue(EntityEntry entry, string name) =>
        entry.Entity is IdentityUserToken<string> && name == nameof(IdentityUserToken<string>.Value);

    private static string? KeyOf(EntityEntry entry, bool original)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        return string.Join(",", key.Properties.Select(p =>
            Format(original ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue)));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
