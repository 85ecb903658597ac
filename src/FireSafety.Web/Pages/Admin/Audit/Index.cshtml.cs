using System.Globalization;
using System.Text.Json;
using FireSafety.Core.Auditing;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Audit;

/// <summary>
/// The audit trail, newest first, read-only; one page of rows is read. Dates, record and user
/// filters use the indexes (TimestampUtc; EntityType + EntityKey; UserId). The action filter has
/// no index of its own: it is checked on the rows the other filters select.
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db, IStringLocalizer<SharedResource> s) : PageModel
{
    private static readonly string[] DateFormats = [VietnamTime.DateFormat, "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>How many matching accounts a "who" search looks at.</summary>
    private const int MaxMatchingUsers = 200;

    /// <summary>Up to this many matches, a page is read through the filter's index and sorted.</summary>
    private const int SortLimit = 5_000;

    /// <summary>Appended to a column, makes an equality unusable as an index key (see <see cref="Filtered"/>).</summary>
    private static readonly string NoIndex = string.Empty;

    public sealed record Row(
        long Id, DateTime TimestampUtc, string? UserId, string? UserName, int? UnitId, AuditAction Action,
        string EntityType, string? EntityKey, string? Changes, string? IpAddress);

    /// <summary>One changed field, ready to show: a label, and the old and new values in words.</summary>
    public sealed record Change(string Field, string? Old, string? New, bool IsDetail);

    public sealed record Line(Row Entry, DateTime LocalTime, string? UnitName, IReadOnlyList<Change> Changes);

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    /// <summary>Name or e-mail of who acted, without diacritics if you like.</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? Actor { get; set; }

    /// <summary>Exact user id (links from a user's page).</summary>
    [BindProperty(SupportsGet = true, Name = "userId")]
    public string? ActorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public AuditAction? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true, Name = "key")]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public List<SelectListItem> EntityTypes { get; private set; } = [];

    public List<SelectListItem> Actions { get; private set; } = [];

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Binding errors (say, an unknown action name) are dropped: the filter is just not applied.
        ModelState.Clear();
        var filter = await FilterAsync(cancellationToken);
        var total = await Filtered(filter, walkTimeIndex: false).CountAsync(cancellationToken);
        var pageSize = PagedList<Row>.DefaultPageSize;
        var pageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = total == 0
            ? []
            : await Filtered(filter, walkTimeIndex: total > SortLimit)
                .OrderByDescending(a => a.TimestampUtc).ThenByDescending(a => a.Id)
                .Skip((pageNumber - 1) * pageSize).Take(pageSize)
                .Select(a => new Row(a.Id, a.TimestampUtc, a.UserId, a.UserName, a.UnitId, a.Action, a.EntityType, a.EntityKey, a.Changes, a.IpAddress))
                .ToListAsync(cancellationToken);
        Rows = new PagedList<Row>(items, pageNumber, pageSize, total);
        Lines = await DescribeAsync(items, cancellationToken);
        LoadLists();
    }

    /// <summary>The filters of the request, checked, in the terms the query needs.</summary>
    private sealed record Filter(
        DateTime? FromUtc, DateTime? ToUtc, AuditAction? Action, string? Entity, string? Key,
        IReadOnlyList<string> KeyEntityTypes, string? UserId, IReadOnlyList<string>? ActorIds, string? ActorName);

    private async Task<Filter> FilterAsync(CancellationToken cancellationToken)
    {
        var from = ParseDate(From, "from");
        var to = ParseDate(To, "to");
        if (from is not null && to is not null && to < from)
        {
            ModelState.AddModelError("to", s["Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."]);
            to = null;
        }

        var entity = string.IsNullOrWhiteSpace(Entity) ? null : Entity.Trim();
        var key = string.IsNullOrWhiteSpace(Key) ? null : Key.Trim();
        var actor = string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim();

        // "Who" is looked up among the accounts (diacritic-insensitive, like every search), and the
        // trail is then filtered by their ids on the UserId index. A name that is no account (a
        // failed sign-in with an unknown e-mail, "system") is matched exactly on the user name.
        List<string>? actorIds = null;
        if (actor is not null)
        {
            actorIds = await db.Users.AsNoTracking().WhereMatches(actor)
                .OrderBy(u => u.Id).Select(u => u.Id).Take(MaxMatchingUsers).ToListAsync(cancellationToken);
        }

        return new Filter(
            from is { } f ? VietnamTime.StartOfDayUtc(f) : null,
            to is { } t ? VietnamTime.StartOfDayUtc(t.AddDays(1)) : null,
            ActionFilter,
            entity,
            key,
            entity is null && key is not null ? AuditedEntityTypes() : [],
            string.IsNullOrWhiteSpace(ActorId) ? null : ActorId,
            actorIds is { Count: > 0 } ? actorIds : null,
            actorIds is { Count: 0 } ? actor : null);
    }

    /// <summary>
    /// The trail filtered by <paramref name="filter"/>. With <paramref name="walkTimeIndex"/>, the
    /// equality filters are written so that they cannot serve as an index key: the database then
    /// reads the TimestampUtc index newest first and stops after one page. Without it, SQLite (even
    /// after ANALYZE) fetches every match through the equality index and sorts them all, which
    /// costs about a second for 500,000 matches; the walk costs milliseconds when matches are
    /// many. Few matches (up to <see cref="SortLimit"/>) are cheaper through the index.
    /// </summary>
    private IQueryable<AuditEntry> Filtered(Filter filter, bool walkTimeIndex)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.FromUtc is { } fromUtc)
        {
            query = query.Where(a => a.TimestampUtc >= fromUtc);
        }

        if (filter.ToUtc is { } toUtc)
        {
            query = query.Where(a => a.TimestampUtc < toUtc);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (filter.Entity is { } entity)
        {
            query = walkTimeIndex && filter.Key is null
                ? query.Where(a => a.EntityType + NoIndex == entity)
                : query.Where(a => a.EntityType == entity);
        }

        if (filter.Key is { } key)
        {
            // A key without a type still uses the (EntityType, EntityKey) index, once per type.
            var types = filter.KeyEntityTypes;
            query = types.Count > 0
                ? query.Where(a => types.Contains(a.EntityType) && a.EntityKey == key)
                : query.Where(a => a.EntityKey == key);
        }

        if (filter.UserId is { } userId)
        {
            query = walkTimeIndex
                ? query.Where(a => a.UserId + NoIndex == userId)
                : query.Where(a => a.UserId == userId);
        }

        if (filter.ActorIds is { } ids)
        {
            query = walkTimeIndex
                ? query.Where(a => ids.Contains(a.UserId + NoIndex))
                : query.Where(a => a.UserId != null && ids.Contains(a.UserId));
        }
        else if (filter.ActorName is { } name)
        {
            query = query.Where(a => a.UserName == name);
        }

        return query;
    }

    /// <summary>Every entity type the context audits, and the sign-in events.</summary>
    private List<string> AuditedEntityTypes()
    {
        var hidden = new[] { typeof(AuditEntry), typeof(DataProtectionKey) };
        return [.. db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && !hidden.Contains(t.ClrType))
            .Select(t => t.ClrType.Name)
            .Append(AuditLabels.AccountEntity)
            .Distinct()];
    }

    private DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, s["Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2026."]);
        return null;
    }

    private void LoadLists()
    {
        EntityTypes = [.. AuditedEntityTypes()
            .Select(name => new SelectListItem(s[AuditLabels.Entity(name)], name, name == Entity))
            .OrderBy(item => item.Text, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))];
        Actions = [.. Enum.GetValues<AuditAction>()
            .Select(a => new SelectListItem(s[AuditLabels.Action(a)], a.ToString(), a == ActionFilter))];
    }

    /// <summary>Turns the page's rows into lines a person reads: local time, unit and role names, field labels.</summary>
    private async Task<IReadOnlyList<Line>> DescribeAsync(IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var parsed = rows.Select(r => (Row: r, Changes: ParseChanges(r.Changes))).ToList();
        var unitIds = parsed.SelectMany(p => p.Changes.Where(c => c.Field is "UnitId" or "ParentId").SelectMany(c => new[] { c.Old, c.New }))
            .Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : (int?)null)
            .Concat(rows.Select(r => r.UnitId))
            .OfType<int>()
            .Distinct()
            .ToList();
        var units = unitIds.Count == 0
            ? []
            : await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var roles = parsed.Any(p => p.Changes.Any(c => c.Field == "RoleId"))
            ? await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? r.Id, cancellationToken)
            : [];

        string? Value(Row row, string field, string? value) => value switch
        {
            null => null,
            _ when row.EntityType == "IdentityUserToken`1" && field == "Value" => s["(ẩn)"],
            _ when field == "PasswordHash" => s["(đã thay đổi)"],
            _ when field == "detail" => s[AuditLabels.Detail(row.Action, value)],
            _ when field == "Role" => s[Roles.DisplayName(value)],
            _ when field == "RoleId" => roles.TryGetValue(value, out var role) ? s[Roles.DisplayName(role)] : value,
            _ when field is "UnitId" or "ParentId" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && units.TryGetValue(id, out var unit) ? unit : value,
            _ when field.EndsWith("Utc", StringComparison.Ordinal) && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
                => VietnamTime.ToLocal(utc).ToString(VietnamTime.DateTimeFormat, CultureInfo.InvariantCulture),
            _ when field == "LockoutEnd" && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
                => VietnamTime.ToLocal(until.UtcDateTime).ToString(VietnamTime.DateTimeFormat, CultureInfo.InvariantCulture),
            "True" => s["Có"],
            "False" => s["Không"],
            _ => value,
        };

        return [.. parsed.Select(p => new Line(
            p.Row,
            VietnamTime.ToLocal(p.Row.TimestampUtc),
            p.Row.UnitId is { } unitId ? units.GetValueOrDefault(unitId) : null,
            [.. p.Changes.Select(c => new Change(s[AuditLabels.Field(c.Field)], Value(p.Row, c.Field, c.Old), Value(p.Row, c.Field, c.New), c.IsDetail))]))];
    }

    /// <summary>One change as a line of text: "field: old → new", or "field: value" when only one side exists.</summary>
    public static string Describe(Change change, AuditAction action)
    {
        var label = change.Field.Length == 0 ? string.Empty : change.Field + ": ";
        if (change.IsDetail || (action == AuditAction.Insert && change.Old is null))
        {
            return label + change.New;
        }

        if (action == AuditAction.Delete && change.New is null)
        {
            return label + change.Old;
        }

        return $"{label}{change.Old ?? "∅"} → {change.New ?? "∅"}";
    }

    /// <summary>
    /// Reads the stored JSON: <c>{"Field": {"Old": …, "New": …}}</c> from the context, or
    /// <c>{"detail": "…"}</c> from sign-in events. Anything else is shown as it is.
    /// </summary>
    public static IReadOnlyList<Change> ParseChanges(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new Change(string.Empty, null, json, IsDetail: true)];
            }

            var changes = new List<Change>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                var hasOld = value.ValueKind == JsonValueKind.Object && value.TryGetProperty(nameof(AuditChange.Old), out _);
                var hasNew = value.ValueKind == JsonValueKind.Object && value.TryGetProperty(nameof(AuditChange.New), out _);
                changes.Add(hasOld || hasNew
                    ? new Change(property.Name, Text(value, nameof(AuditChange.Old)), Text(value, nameof(AuditChange.New)), IsDetail: false)
                    : new Change(property.Name, null, Text(value), IsDetail: true));
            }

            return changes;
        }
        catch (JsonException)
        {
            return [new Change(string.Empty, null, json, IsDetail: true)];
        }
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? Text(value) : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
