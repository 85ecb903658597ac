namespace FireSafety.Core.Documents;

/// <summary>
/// An administrative document in the Nghị định 30/2020 format (header, title, body, signatures,
/// "Nơi nhận:"), written by <see cref="OfficialDocx"/> and <see cref="OfficialPdf"/>. Texts are
/// plain strings; the writers apply the fonts, sizes and layout, so callers never format.
/// </summary>
/// <param name="Header">The two-column header: issuing bodies, number, place and date.</param>
/// <param name="Kind">Kind of document: its code in the number and its title ("BÁO CÁO").</param>
/// <param name="Subject">The subject line under the title (trích yếu), e.g. "Kết quả công tác PCCC năm 2026".</param>
public sealed record OfficialDocument(DocumentHeader Header, DocumentKind Kind, string Subject)
{
    /// <summary>"Kính gửi:" addressees; empty for documents that are not sent upward.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>The body, in order.</summary>
    public IReadOnlyList<DocumentBlock> Body { get; init; } = [];

    /// <summary>
    /// One signature (beside "Nơi nhận:") or several side by side (minutes: the inspection team
    /// and the inspected unit), in which case "Nơi nhận:" follows under them.
    /// </summary>
    public IReadOnlyList<SignatureBlock> Signatures { get; init; } = [];

    /// <summary>"Nơi nhận:" lines without the dash, e.g. "Công an tỉnh (để b/c)"; the archive line is added.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Who keeps the copies, written last as "- Lưu: VT, VP.". Empty leaves the line out.</summary>
    public string Archive { get; init; } = "VT, VP";
}

/// <summary>The header of an official document.</summary>
/// <param name="ParentBody">Governing body, written in capitals, e.g. "UBND TỈNH HÀ TĨNH".</param>
/// <param name="IssuingBody">Issuing body, bold capitals, e.g. "SỞ TƯ PHÁP".</param>
/// <param name="IssuerCode">Issuer's code in the number, e.g. "STP" in "Số: 05/BC-STP".</param>
/// <param name="Number">Registration number; null for a draft, which leaves the number blank.</param>
/// <param name="Place">Place name in the date line, e.g. "Hà Tĩnh".</param>
/// <param name="Date">Date of the document; null for a draft ("ngày    tháng    năm 2027" is not guessed).</param>
public sealed record DocumentHeader(
    string ParentBody,
    string IssuingBody,
    string IssuerCode,
    int? Number,
    string Place,
    DateOnly? Date);

/// <summary>A kind of document: the code used in its number and the title printed above the subject.</summary>
/// <param name="Code">Code in the number: "BC", "KH", "BB".</param>
/// <param name="Title">Title in capitals: "BÁO CÁO", "KẾ HOẠCH", "BIÊN BẢN".</param>
public sealed record DocumentKind(string Code, string Title)
{
    /// <summary>Báo cáo (report).</summary>
    public static DocumentKind Report { get; } = new("BC", "BÁO CÁO");

    /// <summary>Kế hoạch (plan).</summary>
    public static DocumentKind Plan { get; } = new("KH", "KẾ HOẠCH");

    /// <summary>Biên bản (minutes).</summary>
    public static DocumentKind Minutes { get; } = new("BB", "BIÊN BẢN");
}

/// <summary>
/// A signature: optional caption over it (minutes: "ĐẠI DIỆN ĐOÀN KIỂM TRA"), optional authority
/// ("KT. GIÁM ĐỐC"), the signer's title ("PHÓ GIÁM ĐỐC") and name. Room is left for the signature and seal.
/// </summary>
public sealed record SignatureBlock(string? Caption, string? Authority, string Title, string Name);

/// <summary>One block of the body.</summary>
public abstract record DocumentBlock;

/// <summary>
/// A heading, numbered by the writers: level 1 "I.", level 2 "1." (restarts under each level 1),
/// level 3 "a)" (restarts under each level 2). Levels outside 1–3 are clamped.
/// </summary>
public sealed record Heading(int Level, string Text) : DocumentBlock;

/// <summary>A justified paragraph with a first-line indent. A line feed in the text starts a new line.</summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock
{
    /// <summary>Whether the paragraph is in italics (notes, quotations).</summary>
    public bool Italic { get; init; }
}

/// <summary>A bullet item, written with the dash the format uses ("- ").</summary>
public sealed record BulletItem(string Text) : DocumentBlock;

/// <summary>A "Key: value" line; the key is bold (minutes: "Địa điểm: ...").</summary>
public sealed record KeyValueLine(string Key, string Value) : DocumentBlock;

/// <summary>Starts a new page.</summary>
public sealed record PageBreak : DocumentBlock;

/// <summary>Horizontal alignment of a table column.</summary>
public enum ColumnAlignment
{
    /// <summary>Left (text).</summary>
    Left,

    /// <summary>Centred (order numbers, short codes, counts).</summary>
    Center,

    /// <summary>Right (amounts).</summary>
    Right,
}

/// <summary>
/// A bordered table with a header row (bold, centred, repeated on each page) and an optional totals
/// row (bold). Rows shorter than the header are padded, longer ones are cut to its width.
/// </summary>
/// <param name="Columns">Header texts; their count is the column count.</param>
/// <param name="Rows">Body rows.</param>
public sealed record TableBlock(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock
{
    /// <summary>Relative column widths (e.g. 1, 6, 2); equal widths when null or not one per column.</summary>
    public IReadOnlyList<double>? ColumnWidths { get; init; }

    /// <summary>Alignment per column; left when null or missing.</summary>
    public IReadOnlyList<ColumnAlignment>? Alignments { get; init; }

    /// <summary>An optional last row in bold, e.g. "Tổng cộng".</summary>
    public IReadOnlyList<string>? TotalsRow { get; init; }
}
