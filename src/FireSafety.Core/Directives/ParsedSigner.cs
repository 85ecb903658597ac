namespace FireSafety.Core.Directives;

/// <summary>The signature block.</summary>
/// <param name="Authority">"KT."/"TL."/"TM."/"Q." lines, joined with " / " when several ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH").</param>
/// <param name="Title">The signer's title line ("CHÁNH VĂN PHÒNG").</param>
/// <param name="Name">The signer's name.</param>
public sealed record ParsedSigner(string? Authority, string? Title, string? Name);
