namespace FireSafety.Core.Directives;

/// <summary>
/// What <see cref="DirectiveTextParser"/> read from a letter (văn bản chỉ đạo). Anything it could
/// not read is null or empty; nothing here has been checked against the database.
/// </summary>
/// <param name="Number">Number and symbol ("757/STP-VP").</param>
/// <param name="IssuedOn">Issue date from the place-and-date line.</param>
/// <param name="Place">Place from the place-and-date line ("Hà Tĩnh").</param>
/// <param name="Subject">Subject (trích yếu) as written, "V/v " prefix kept.</param>
/// <param name="Addressees">The "Kính gửi" entries.</param>
/// <param name="LegalBasis">Documents cited in the body, in order of first citation.</param>
/// <param name="Tasks">Items under the audience headings.</param>
/// <param name="Signer">The signature block, or null when none was found.</param>
/// <param name="Distribution">The "Nơi nhận" entries.</param>
public sealed record ParsedDirective(
    string? Number,
    DateOnly? IssuedOn,
    string? Place,
    string? Subject,
    IReadOnlyList<string> Addressees,
    IReadOnlyList<ParsedLegalBasis> LegalBasis,
    IReadOnlyList<ParsedTask> Tasks,
    ParsedSigner? Signer,
    IReadOnlyList<string> Distribution)
{
    public static ParsedDirective Empty { get; } = new(null, null, null, null, [], [], [], null, []);
}
