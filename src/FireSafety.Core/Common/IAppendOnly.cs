namespace FireSafety.Core.Common;

/// <summary>
/// A record that is written once and never changed or removed by the application (timelines,
/// histories). The context refuses an update or delete of one, whatever a page does.
/// </summary>
public interface IAppendOnly;
