using FireSafety.Core.Evidence;
using Microsoft.Net.Http.Headers;

namespace FireSafety.UnitTests.Evidence;

public sealed class EvidenceFileNameTests
{
    [Theory]
    [InlineData(@"..\..\web.config", EvidenceKind.Pdf, "web.pdf")]
    [InlineData("../../etc/passwd", EvidenceKind.Pdf, "passwd.pdf")]
    [InlineData("%2e%2e%2fetc%2fpasswd", EvidenceKind.Pdf, "passwd.pdf")]
    [InlineData("%2e%2e%5c%2e%2e%5cweb.config", EvidenceKind.Docx, "web.docx")]
    [InlineData("a/b/c.pdf", EvidenceKind.Pdf, "c.pdf")]
    [InlineData(@"C:\Users\canbo\Desktop\Biên bản kiểm tra.docx", EvidenceKind.Docx, "Biên bản kiểm tra.docx")]
    [InlineData("invoice\u202Egpj.exe", EvidenceKind.Jpeg, "invoicegpj.jpg")]
    [InlineData("\u2066evil\u2069\u202D.pdf", EvidenceKind.Pdf, "evil.pdf")]
    [InlineData("ảnh hiện trường.php", EvidenceKind.Jpeg, "ảnh hiện trường.jpg")]
    [InlineData("report.pdf.exe", EvidenceKind.Pdf, "report.pdf.pdf")]
    [InlineData("Quyết định số 12.2026 về PCCC", EvidenceKind.Pdf, "Quyết định số 12.2026 về PCCC.pdf")]
    [InlineData("ẢNH.JPEG", EvidenceKind.Jpeg, "ẢNH.jpg")]
    [InlineData("bad<>:\"|?*name.xlsx", EvidenceKind.Xlsx, "badname.xlsx")]
    [InlineData("line\r\nbreak\t.png", EvidenceKind.Png, "line break.png")]
    [InlineData("nul\0byte.pdf", EvidenceKind.Pdf, "nulbyte.pdf")]
    [InlineData("  ...trailing dots...  ", EvidenceKind.Pdf, "trailing dots.pdf")]
    [InlineData("", EvidenceKind.Pdf, "tep-dinh-kem.pdf")]
    [InlineData(null, EvidenceKind.Webp, "tep-dinh-kem.webp")]
    [InlineData("..", EvidenceKind.Pdf, "tep-dinh-kem.pdf")]
    [InlineData("%2e%2e%2f", EvidenceKind.Pdf, "tep-dinh-kem.pdf")]
    [InlineData(".htaccess", EvidenceKind.Pdf, "htaccess.pdf")]
    [InlineData("\u202E\u200B", EvidenceKind.Jpeg, "tep-dinh-kem.jpg")]
    [InlineData("CON.pdf", EvidenceKind.Pdf, "_CON.pdf")]
    [InlineData("Bie\u0302\u0301n ba\u0309n.pdf", EvidenceKind.Pdf, "Biến bản.pdf")]
    public void SafeDisplayName_NeutralisesPathTricksAndKeepsVietnamese(string? original, EvidenceKind kind, string expected)
    {
        Assert.Equal(expected, EvidenceFileName.SafeDisplayName(original, kind));
    }

    [Fact]
    public void SafeDisplayName_LongName_IsCappedKeepingTheExtension()
    {
        var name = EvidenceFileName.SafeDisplayName(new string('đ', 500) + ".docx", EvidenceKind.Docx);

        Assert.Equal(EvidenceFileName.MaxLength, name.Length);
        Assert.EndsWith("đ.docx", name, StringComparison.Ordinal);
    }

    [Fact]
    public void SafeDisplayName_LongNameOfEmoji_DoesNotSplitASurrogatePair()
    {
        var name = EvidenceFileName.SafeDisplayName(string.Concat(Enumerable.Repeat("🔥", 200)), EvidenceKind.Pdf);

        Assert.True(name.Length <= EvidenceFileName.MaxLength);
        Assert.DoesNotContain('\uFFFD', name);
        Assert.Equal(name, new string(name.EnumerateRunes().SelectMany(r => r.ToString()).ToArray()));
    }

    [Fact]
    public void SafeDisplayName_NeverContainsSeparatorsOrControlCharacters()
    {
        string[] tricky = ["..%2f..%2f", "%252e%252e%252f", "a\\b/c", "%00%0a%0d.pdf", "\u0085\u2028\u2029x", "%c0%ae%c0%ae/"];
        foreach (var original in tricky)
        {
            var name = EvidenceFileName.SafeDisplayName(original, EvidenceKind.Pdf);

            Assert.DoesNotContain('/', name);
            Assert.DoesNotContain('\\', name);
            Assert.DoesNotContain(name, char.IsControl);
            Assert.False(name.StartsWith('.'), name);
            Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ContentDisposition_IsAttachmentWithAsciiFallbackAndUtf8Name()
    {
        var header = EvidenceFileName.ContentDisposition("Biên bản kiểm tra PCCC đợt 1.pdf");

        Assert.StartsWith("attachment;", header, StringComparison.Ordinal);
        Assert.Contains("filename=\"Bien ban kiem tra PCCC dot 1.pdf\"", header, StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20tra%20PCCC%20%C4%91%E1%BB%A3t%201.pdf", header, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentDisposition_CannotBeBrokenOutOfByQuotesOrNewlines()
    {
        var header = EvidenceFileName.ContentDisposition("a\"; filename=evil.html\r\nX-Injected: 1.pdf");

        Assert.DoesNotContain('\r', header);
        Assert.DoesNotContain('\n', header);
        var parsed = ContentDispositionHeaderValue.Parse(header);
        Assert.Equal("attachment", parsed.DispositionType.Value);
        Assert.Equal("a; filename=evil.html X-Injected 1.pdf", parsed.FileNameStar.Value);
        Assert.Equal("a; filename=evil.html X-Injected 1.pdf", HeaderUtilities.RemoveQuotes(parsed.FileName).Value);
    }

    [Fact]
    public void AsciiFallback_FoldsVietnameseAndReplacesTheRest()
    {
        Assert.Equal("Dong Ha - phong chay _.pdf", EvidenceFileName.AsciiFallback("Đông Hà - phòng cháy 🔥.pdf".Replace("🔥", "\u4E2D", StringComparison.Ordinal)));
    }
}
