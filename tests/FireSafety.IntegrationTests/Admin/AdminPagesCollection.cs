namespace FireSafety.IntegrationTests.Admin;

/// <summary>
/// The admin page tests run one class at a time: two hosts starting together race on Serilog's
/// static bootstrap logger ("The logger is already frozen"), and the host then fails to start.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AdminPagesCollection
{
    public const string Name = "Admin pages";
}
