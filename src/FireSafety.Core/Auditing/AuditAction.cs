namespace FireSafety.Core.Auditing;

public enum AuditAction
{
    Insert = 0,
    Update = 1,
    Delete = 2,
    Login = 10,
    LoginFailed = 11,
    Lockout = 12,
    Logout = 13,
    PasswordChanged = 14,
    TwoFactorChanged = 15,
    Download = 20,
}
