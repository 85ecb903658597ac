namespace FireSafety.Core.Auditing;

public sealed record AuditChange(string? Old, string? New);
