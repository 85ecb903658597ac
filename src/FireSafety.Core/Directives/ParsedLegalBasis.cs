namespace FireSafety.Core.Directives;

/// <summary>A document cited as basis: "Kế hoạch số 443/KH-UBND ngày 24/11/2021 của UBND tỉnh".</summary>
/// <param name="Kind">"Kế hoạch", "Kết luận", "Chỉ thị", "Luật", ...; null when neither stated nor implied by the symbol.</param>
/// <param name="Number">Number and symbol ("443/KH-UBND").</param>
/// <param name="IssuedOn">The date stated right after the number, if any.</param>
/// <param name="Issuer">The issuer stated as "của …", if any ("UBND tỉnh").</param>
public sealed record ParsedLegalBasis(string? Kind, string Number, DateOnly? IssuedOn, string? Issuer);
