using FireSafety.Core.Incidents;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Incidents;

// The rules live in Core (pure, unit-tested); these bind them to the app's resources so the
// validator scan registers them with Vietnamese keys translated like every other page.

/// <summary>The quick report's rules with the app's resources.</summary>
public sealed class QuickReportInputValidator(TimeProvider time, IStringLocalizer<SharedResource> s) : QuickReportValidator(time, s);

/// <summary>The full record's rules with the app's resources.</summary>
public sealed class IncidentRecordInputValidator(TimeProvider time, IStringLocalizer<SharedResource> s) : IncidentRecordValidator(time, s);
