namespace FireSafety.Web;

/// <summary>
/// Marker for the shared string resources. Keys are the Vietnamese text itself, so Vietnamese
/// needs no resource file; Resources/SharedResource.en.resx holds the English translations.
/// </summary>
public sealed class SharedResource;
