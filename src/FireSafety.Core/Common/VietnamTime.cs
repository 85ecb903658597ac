namespace FireSafety.Core.Common;

/// <summary>
/// Vietnam local time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) for due dates and "today".
/// The server may run in UTC or anywhere else, so nothing here uses the machine's local zone or
/// <see cref="TimeProvider.LocalTimeZone"/>. Timestamps are stored as UTC <see cref="DateTime"/>;
/// <see cref="DateTimeKind.Unspecified"/> is read as UTC (EF Core returns SQLite values that way),
/// <see cref="DateTimeKind.Local"/> is refused because its meaning depends on the server.
/// </summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public static readonly TimeSpan FixedOffset = TimeSpan.FromHours(7);

    /// <summary>How dates are shown and typed in the Vietnamese interface.</summary>
    public const string DateFormat = "dd/MM/yyyy";

    public const string DateTimeFormat = "dd/MM/yyyy HH:mm:ss";

    /// <summary>The system's zone, or a fixed +07:00 zone where tzdata or ICU is missing.</summary>
    public static TimeZoneInfo Zone { get; } = ResolveZone(TimeZoneInfo.FindSystemTimeZoneById);

    internal static TimeZoneInfo ResolveZone(Func<string, TimeZoneInfo> find)
    {
        try
        {
            return find(ZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, FixedOffset, "Giờ Việt Nam (UTC+07:00)", "Giờ Việt Nam");
        }
    }

    /// <summary>Marks <paramref name="utc"/> as UTC; throws for a <see cref="DateTimeKind.Local"/> value.</summary>
    public static DateTime AsUtc(DateTime utc) => utc.Kind switch
    {
        DateTimeKind.Utc => utc,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(utc, DateTimeKind.Utc),
        _ => throw new ArgumentException("Thời điểm phải là giờ UTC, không phải giờ địa phương của máy chủ.", nameof(utc)),
    };

    public static DateTime ToLocal(DateTime utc) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc), Zone), DateTimeKind.Unspecified);

    public static DateOnly ToLocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static DateOnly ToLocalDate(DateTimeOffset instant) => ToLocalDate(instant.UtcDateTime);

    /// <summary>Converts a Vietnam wall-clock time (its kind is ignored) to UTC.</summary>
    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>00:00 Vietnam time on <paramref name="date"/>, in UTC (17:00 UTC the day before).</summary>
    public static DateTime StartOfDayUtc(DateOnly date) => ToUtc(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// The last instant (one tick before midnight) of <paramref name="date"/> in Vietnam, in UTC:
    /// the "as of" of a report at a period end such as 31/12/2026 23:59:59 local.
    /// </summary>
    public static DateTime EndOfDayUtc(DateOnly date) => StartOfDayUtc(date.AddDays(1)).AddTicks(-1);

    public static DateTime Now(TimeProvider time) => ToLocal(time.GetUtcNow().UtcDateTime);

    public static DateOnly Today(TimeProvider time) => ToLocalDate(time.GetUtcNow());
}
