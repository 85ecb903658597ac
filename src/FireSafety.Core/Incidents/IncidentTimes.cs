using System.Globalization;
using FireSafety.Core.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Core.Incidents;

/// <summary>
/// The time rules of an incident, on Vietnam wall-clock times as typed. The order is
/// occurred ≤ detected ≤ controlled ≤ ended; the report to 114 or the authority comes after
/// detection (or the occurrence) but may come before or after control (docs/adr/0040).
/// Each time is compared with the nearest earlier time that is filled in.
/// </summary>
public static class IncidentTimes
{
    public const string DisplayFormat = "dd/MM/yyyy HH:mm";

    public static void CheckNotFutureOrAncient<T>(DateTime? value, TimeProvider time, IStringLocalizer s, ValidationContext<T> context) =>
        Check(value, time, s, failure => context.AddFailure(failure));

    internal static void Check(DateTime? value, TimeProvider time, IStringLocalizer s, Action<string> fail)
    {
        if (value is not { } local)
        {
            return;
        }

        if (local > VietnamTime.Now(time))
        {
            fail(s["Thời điểm không được ở tương lai."]);
        }
        else if (DateOnly.FromDateTime(local) < IncidentLimits.EarliestDate)
        {
            fail(s["Thời điểm không được trước năm {0}.", IncidentLimits.EarliestDate.Year]);
        }
    }

    /// <summary>
    /// The earlier time <paramref name="value"/> must not precede, with its label, from the
    /// ordered candidates (latest first): the first one filled in.
    /// </summary>
    internal static void CheckAfter(DateTime? value, IStringLocalizer s, Action<string> fail, params (DateTime? Time, string Label)[] earlierLatestFirst)
    {
        if (value is not { } local)
        {
            return;
        }

        foreach (var (earlier, label) in earlierLatestFirst)
        {
            if (earlier is { } bound)
            {
                if (local < bound)
                {
                    fail(s["Không được trước {0} ({1}).", s[label], bound.ToString(DisplayFormat, CultureInfo.InvariantCulture)]);
                }

                return;
            }
        }
    }
}
