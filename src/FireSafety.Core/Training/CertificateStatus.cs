using FireSafety.Core.Common;

namespace FireSafety.Core.Training;

public enum CertificateStatus
{
    /// <summary>No expiry date recorded.</summary>
    NoExpiry = 0,

    Valid = 1,

    /// <summary>Still valid, but expires within the warning window.</summary>
    ExpiringSoon = 2,

    Expired = 3,
}

/// <summary>
/// Where a certificate stands on a Vietnam day. A certificate is valid through its expiry date and
/// expired from the next day; it is "expiring soon" from <c>warningDays</c> days before that date.
/// </summary>
public static class Certificates
{
    public static CertificateStatus Status(DateOnly? expiresOn, DateOnly today, int warningDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warningDays);
        if (expiresOn is not { } expiry)
        {
            return CertificateStatus.NoExpiry;
        }

        if (expiry < today)
        {
            return CertificateStatus.Expired;
        }

        return expiry <= WarningEnd(today, warningDays) ? CertificateStatus.ExpiringSoon : CertificateStatus.Valid;
    }

    /// <summary>The status today in Vietnam, whatever the server's zone.</summary>
    public static CertificateStatus Status(DateOnly? expiresOn, TimeProvider time, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Status(expiresOn, VietnamTime.Today(time), options.WarningDays);
    }

    /// <summary>The last expiry date that counts as expiring soon on <paramref name="today"/>.</summary>
    public static DateOnly WarningEnd(DateOnly today, int warningDays) => today.AddDays(warningDays);

    /// <summary>Records whose certificate expires within the window (not yet expired).</summary>
    public static IQueryable<TrainingRecord> ExpiringSoon(this IQueryable<TrainingRecord> records, DateOnly today, int warningDays)
    {
        var end = WarningEnd(today, warningDays);
        return records.Where(r => r.CertificateExpiresOn >= today && r.CertificateExpiresOn <= end);
    }

    /// <summary>Records whose certificate expired before <paramref name="today"/>.</summary>
    public static IQueryable<TrainingRecord> Expired(this IQueryable<TrainingRecord> records, DateOnly today) =>
        records.Where(r => r.CertificateExpiresOn < today);

    /// <summary>Records not expired on <paramref name="today"/> (no expiry, valid, or expiring soon).</summary>
    public static IQueryable<TrainingRecord> NotExpired(this IQueryable<TrainingRecord> records, DateOnly today) =>
        records.Where(r => r.CertificateExpiresOn == null || r.CertificateExpiresOn >= today);
}
