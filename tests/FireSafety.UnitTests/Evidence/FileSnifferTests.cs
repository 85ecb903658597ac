using FireSafety.Core.Evidence;
using static FireSafety.UnitTests.Evidence.EvidenceFixtures;

namespace FireSafety.UnitTests.Evidence;

public sealed class FileSnifferTests
{
    public static TheoryData<string, byte[], EvidenceKind> AcceptedFiles => new()
    {
        { "jpeg", Jpeg(), EvidenceKind.Jpeg },
        { "png", PngWithText(), EvidenceKind.Png },
        { "webp lossy", Webp(), EvidenceKind.Webp },
        { "webp lossless", Webp(SixLabors.ImageSharp.Formats.Webp.WebpFileFormatType.Lossless), EvidenceKind.Webp },
        { "pdf", Pdf(), EvidenceKind.Pdf },
        { "docx", Docx(), EvidenceKind.Docx },
        { "xlsx", Xlsx(), EvidenceKind.Xlsx },
    };

    public static TheoryData<string, byte[], EvidenceRefusalReason> RefusedFiles => new()
    {
        { "empty", [], EvidenceRefusalReason.Empty },
        { "html", Ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), EvidenceRefusalReason.NotAllowedType },
        { "html with BOM", [0xEF, 0xBB, 0xBF, .. Ascii("<html><script>alert(1)</script></html>")], EvidenceRefusalReason.NotAllowedType },
        { "svg", Ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), EvidenceRefusalReason.NotAllowedType },
        { "svg bare", Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), EvidenceRefusalReason.NotAllowedType },
        { "gif", Ascii("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), EvidenceRefusalReason.NotAllowedType },
        { "exe", Ascii("MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode."), EvidenceRefusalReason.NotAllowedType },
        { "script", Ascii("#!/bin/sh\nrm -rf /\n"), EvidenceRefusalReason.NotAllowedType },
        { "plain text", Ascii("Biên bản kiểm tra"), EvidenceRefusalReason.NotAllowedType },
        { "eicar", Ascii(Eicar), EvidenceRefusalReason.Malware },
        { "eicar in a pdf", Pdf(content: Eicar), EvidenceRefusalReason.Malware },
        { "animated webp", AnimatedWebpHeader(), EvidenceRefusalReason.NotAllowedType },
        { "riff not webp", Ascii("RIFF\x10\x00\x00\x00WAVEfmt "), EvidenceRefusalReason.NotAllowedType },
        { "html before pdf header", Ascii("<html><script>alert(1)</script>%PDF-1.4"), EvidenceRefusalReason.NotAllowedType },
        { "pdf with script in header", [.. Ascii("%PDF-1.4\n%<script>alert(1)</script>\n"), .. Pdf()], EvidenceRefusalReason.PdfActiveContent },
        { "pdf with javascript", Pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >> "), EvidenceRefusalReason.PdfActiveContent },
        { "pdf with escaped javascript name", Pdf("/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> "), EvidenceRefusalReason.PdfActiveContent },
        { "pdf with js only", Pdf("/AA << /O << /JS 9 0 R >> >> "), EvidenceRefusalReason.PdfActiveContent },
        { "pdf with launch", Pdf("/OpenAction << /S /Launch /F (cmd.exe) >> "), EvidenceRefusalReason.PdfActiveContent },
        { "pdf names tree javascript", Pdf("/Names << /JavaScript 9 0 R >> "), EvidenceRefusalReason.PdfActiveContent },
        { "pdf javascript in object stream", PdfWithObjectStream("<< /S /JavaScript /JS (app.alert(1)) >>"), EvidenceRefusalReason.PdfActiveContent },
        { "pdf js in object stream", PdfWithObjectStream("<< /Type /Action /JS (app.alert(1)) >>"), EvidenceRefusalReason.PdfActiveContent },
        { "pdf object stream without type", PdfWithObjectStream("<< /S /JavaScript /JS (app.alert(1)) >>", type: ""), EvidenceRefusalReason.PdfActiveContent },
        { "pdf object stream escaped keys", PdfWithObjectStream("<< /S /Launch /F (cmd.exe) >>", type: "/Type /Obj#53tm ", filter: "/F#69lter /Fl#61teDecode"), EvidenceRefusalReason.PdfActiveContent },
        { "pdf object stream deflated twice", PdfWithObjectStream("<< /S /JavaScript /JS (x) >>", filter: "/Filter [/FlateDecode /FlateDecode]", deflatePasses: 2), EvidenceRefusalReason.PdfActiveContent },
        { "pdf object stream indirect filter", PdfWithObjectStream("<< /S /JavaScript >>", filter: "/Filter 9 0 R"), EvidenceRefusalReason.Corrupt },
        { "pdf object stream hex filter", PdfWithObjectStream("<< >>", filter: "/Filter /ASCIIHexDecode"), EvidenceRefusalReason.Corrupt },
        { "pdf undecodable object stream", PdfWithObjectStream("<< >>", corrupt: true), EvidenceRefusalReason.Corrupt },
        { "pdf encrypted object stream", PdfWithObjectStream("<< >>", corrupt: true, trailerExtra: "/Encrypt 9 0 R "), EvidenceRefusalReason.Encrypted },
        { "zip not office", Zip(("readme.txt", "hello"), ("run.bat", "format c:")), EvidenceRefusalReason.NotAllowedType },
        { "zip with content types only", Zip(("[Content_Types].xml", "<Types/>")), EvidenceRefusalReason.NotAllowedType },
        { "docm as docx", Docm(), EvidenceRefusalReason.OfficeMacro },
        { "docx with vba project", Docx(("word/vbaProject.bin", "vba")), EvidenceRefusalReason.OfficeMacro },
        { "docx with activex", Docx(("word/activeX/activeX1.xml", "<ax/>")), EvidenceRefusalReason.OfficeMacro },
        { "xlsx with macro sheet", Xlsx(("xl/macrosheets/sheet1.xml", "<xm/>")), EvidenceRefusalReason.OfficeMacro },
        { "xlsm as xlsx", Xlsx(("xl/vbaProject.bin", "vba")), EvidenceRefusalReason.OfficeMacro },
        { "docx with zip slip entry", Docx(("../../evil.aspx", "<% %>")), EvidenceRefusalReason.Corrupt },
        { "encrypted zip", EncryptedDocx(), EvidenceRefusalReason.Encrypted },
        { "corrupt zip", Ascii("PK\x03\x04 this is not really a zip archive"), EvidenceRefusalReason.Corrupt },
        { "truncated docx", Docx()[..200], EvidenceRefusalReason.Corrupt },
        { "ole compound (encrypted office, .doc)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], EvidenceRefusalReason.NotAllowedType },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void Sniff_AllowedContent_DetectsItsKind(string name, byte[] content, EvidenceKind expected)
    {
        var result = FileSniffer.Sniff(content);

        Assert.True(result.Kind == expected, $"{name}: expected {expected}, got {result.Kind?.ToString() ?? result.Refusal.ToString()}");
    }

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public void Sniff_HostileOrUnsupportedContent_IsRefused(string name, byte[] content, EvidenceRefusalReason expected)
    {
        var result = FileSniffer.Sniff(content);

        Assert.True(result.Kind is null, $"{name}: was accepted as {result.Kind}");
        Assert.Equal(expected, result.Refusal);
    }

    [Fact]
    public void Sniff_PdfWithJsNameInsideContentStreamData_IsAccepted()
    {
        // Stream data is not a dictionary; three bytes "/JS" turn up by chance in compressed images.
        var pdf = Pdf(content: "BT /JS 12 Tf 20 100 Td (see /JS (x)) Tj ET");

        Assert.Equal(EvidenceKind.Pdf, FileSniffer.Sniff(pdf).Kind);
    }

    [Theory]
    [InlineData("/Filter /FlateDecode")]
    [InlineData("/Filter [/FlateDecode]")]
    [InlineData("")]
    public void Sniff_PdfWithHarmlessObjectStream_IsAccepted(string filter)
    {
        var pdf = PdfWithObjectStream(
            "<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://example.gov.vn) >> >>", filter: filter, deflatePasses: filter.Length == 0 ? 0 : 1);

        Assert.Equal(EvidenceKind.Pdf, FileSniffer.Sniff(pdf).Kind);
    }

    [Fact]
    public void Sniff_PdfWithObjectStreamBomb_IsRefused()
    {
        // 200 MB of zeros deflate to about 200 kB: far beyond the 64 MB inflation budget.
        using var packed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                zlib.Write(zeros);
            }
        }

        var data = packed.ToArray();
        byte[] pdf =
        [
            .. Ascii($"%PDF-1.7\n1 0 obj\n<< /N 1 /First 4 /Filter /FlateDecode /Length {data.Length} >>\nstream\n"),
            .. data,
            .. Ascii("\nendstream\nendobj\n%%EOF\n"),
        ];

        Assert.Equal(EvidenceRefusalReason.Corrupt, FileSniffer.Sniff(pdf).Refusal);
    }

    [Fact]
    public void Sniff_JpegWithAppendedScript_IsDetectedAsJpeg_ForTheSanitizerToNeutralise()
    {
        byte[] polyglot = [.. Jpeg(), .. Ascii("<script>alert(document.cookie)</script>")];

        Assert.Equal(EvidenceKind.Jpeg, FileSniffer.Sniff(polyglot).Kind);
    }

    [Fact]
    public void Sniff_PdfWithTenMegabytesOfImageData_IsAccepted()
    {
        // A scanned document: binary image streams, where name-like bytes appear by chance.
        var random = new Random(20260307);
        var image = new byte[10 * 1024 * 1024 - 4096];
        random.NextBytes(image);
        var pdf = Pdf(content: System.Text.Encoding.Latin1.GetString(image));
        var result = FileSniffer.Sniff(pdf);

        Assert.Equal(EvidenceKind.Pdf, result.Kind);
    }
}
