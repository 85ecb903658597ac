using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace FireSafety.UnitTests.Evidence;

/// <summary>Upload fixtures built in code: real files of each kind and the hostile ones.</summary>
internal static class EvidenceFixtures
{
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    public const string PersonalText = "Nguyen Van A 0912345678";

    public static readonly Rgb24 Red = new(220, 20, 20);
    public static readonly Rgb24 Blue = new(20, 20, 220);

    /// <summary>
    /// A 40×20 photo, red left half and blue right half, whose EXIF says "rotate 90° clockwise"
    /// (orientation 6) and carries GPS, camera and owner data, plus IPTC and XMP.
    /// </summary>
    public static byte[] JpegWithExifGps(ushort orientation = 6)
    {
        using var image = TwoColourImage(withMetadata: true, orientation);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new JpegEncoder { Quality = 95 });
        return stream.ToArray();
    }

    public static byte[] Jpeg(int width = 32, int height = 24)
    {
        using var image = new Image<Rgb24>(width, height, Red);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    public static byte[] PngWithText()
    {
        using var image = TwoColourImage(withMetadata: true, orientation: 1);
        image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Author", PersonalText, string.Empty, string.Empty));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    public static byte[] Webp(WebpFileFormatType format = WebpFileFormatType.Lossy, bool withMetadata = true)
    {
        using var image = TwoColourImage(withMetadata, orientation: 1);
        using var stream = new MemoryStream();
        image.SaveAsWebp(stream, new WebpEncoder { FileFormat = format });
        return stream.ToArray();
    }

    /// <summary>A WebP whose VP8X header sets the animation flag.</summary>
    public static byte[] AnimatedWebpHeader()
    {
        var bytes = new List<byte>();
        bytes.AddRange("RIFF"u8.ToArray());
        bytes.AddRange(BitConverter.GetBytes(4 + 8 + 10));
        bytes.AddRange("WEBPVP8X"u8.ToArray());
        bytes.AddRange(BitConverter.GetBytes(10));
        bytes.AddRange(new byte[] { 0x02, 0, 0, 0, 9, 0, 0, 9, 0, 0 });
        return [.. bytes];
    }

    /// <summary>A PNG whose header claims <paramref name="width"/>×<paramref name="height"/> with almost no data.</summary>
    public static byte[] PngHeaderClaiming(int width, int height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, width);
        WriteBigEndian(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        WriteChunk(stream, "IHDR", header);
        using (var idat = new MemoryStream())
        {
            using (var zlib = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(new byte[1024]);
            }

            WriteChunk(stream, "IDAT", idat.ToArray());
        }

        WriteChunk(stream, "IEND", []);
        return stream.ToArray();
    }

    /// <summary>A JPEG start-of-frame header claiming <paramref name="width"/>×<paramref name="height"/>, no image data.</summary>
    public static byte[] JpegHeaderClaiming(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xC0, 0x00, 0x11, 0x08,
        (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width,
        0x03, 0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00,
        0xFF, 0xD9,
    ];

    public static byte[] Pdf(string catalogExtra = "", string content = "BT /F1 12 Tf 20 100 Td (Bien ban kiem tra PCCC) Tj ET", string trailerExtra = "")
    {
        string[] objects =
        [
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        return BuildPdf(objects.Select(o => Encoding.ASCII.GetBytes(o)).ToArray(), trailerExtra);
    }

    /// <summary>A PDF whose action dictionary sits in a Flate-compressed object stream (PDF 1.5).</summary>
    public static byte[] PdfWithObjectStream(
        string hiddenObject, bool corrupt = false, string trailerExtra = "", string type = "/Type /ObjStm ", string filter = "/Filter /FlateDecode", int deflatePasses = 1)
    {
        var body = Encoding.ASCII.GetBytes($"6 0 {hiddenObject}");
        byte[] compressed;
        if (corrupt)
        {
            compressed = Encoding.ASCII.GetBytes("this is not zlib data at all");
        }
        else
        {
            compressed = body;
            for (var pass = 0; pass < deflatePasses; pass++)
            {
                using var packed = new MemoryStream();
                using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
                {
                    zlib.Write(compressed);
                }

                compressed = packed.ToArray();
            }
        }

        var objectStream = Encoding.ASCII.GetBytes($"<< {type}/N 1 /First 4 {filter} /Length {compressed.Length} >>\nstream\n")
            .Concat(compressed).Concat("\nendstream"u8.ToArray()).ToArray();
        byte[][] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >>"u8.ToArray(),
            objectStream,
        ];
        return BuildPdf(objects, trailerExtra);
    }

    public static byte[] Docx(params (string Name, string Content)[] extra) => Zip(
        [
            ("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml")),
            ("_rels/.rels", Rels("word/document.xml")),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Biên bản</w:t></w:r></w:p></w:body></w:document>"),
            .. extra,
        ]);

    public static byte[] Xlsx(params (string Name, string Content)[] extra) => Zip(
        [
            ("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "/xl/workbook.xml")),
            ("_rels/.rels", Rels("xl/workbook.xml")),
            ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>"),
            .. extra,
        ]);

    /// <summary>A .docm (macro-enabled main part and a VBA project) presented as a .docx.</summary>
    public static byte[] Docm() => Zip(
        [
            ("[Content_Types].xml", ContentTypes("application/vnd.ms-word.document.macroEnabled.main+xml", "/word/document.xml")),
            ("_rels/.rels", Rels("word/document.xml")),
            ("word/document.xml", "<w:document/>"),
            ("word/vbaProject.bin", "Attribute VB_Name = \"AutoOpen\""),
        ]);

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A DOCX whose entries carry the "encrypted" flag (ZipArchive cannot write real ZipCrypto).</summary>
    public static byte[] EncryptedDocx()
    {
        var bytes = Docx();
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4)
            {
                bytes[i + 6] |= 1;
            }
            else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2)
            {
                bytes[i + 8] |= 1;
            }
        }

        return bytes;
    }

    public static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text);

    public static bool Contains(byte[] data, string text) =>
        data.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static Image<Rgb24> TwoColourImage(bool withMetadata, ushort orientation)
    {
        var image = new Image<Rgb24>(40, 20, Red);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                rows.GetRowSpan(y)[20..].Fill(Blue);
            }
        });

        if (withMetadata)
        {
            var exif = new ExifProfile();
            exif.SetValue(ExifTag.Orientation, orientation);
            exif.SetValue(ExifTag.GPSLatitudeRef, "N");
            exif.SetValue(ExifTag.GPSLatitude, [new Rational(18, 1), new Rational(20, 1), new Rational(3012, 100)]);
            exif.SetValue(ExifTag.GPSLongitudeRef, "E");
            exif.SetValue(ExifTag.GPSLongitude, [new Rational(105, 1), new Rational(54, 1), new Rational(1, 1)]);
            exif.SetValue(ExifTag.Make, "PhoneMakerSecret");
            exif.SetValue(ExifTag.Artist, PersonalText);
            image.Metadata.ExifProfile = exif;

            var iptc = new IptcProfile();
            iptc.SetValue(IptcTag.Byline, PersonalText);
            image.Metadata.IptcProfile = iptc;

            image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
                "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\""
                + PersonalText + "\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"));
        }

        return image;
    }

    private static byte[] BuildPdf(byte[][] objects, string trailerExtra)
    {
        using var stream = new MemoryStream();
        void Write(string text) => stream.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(stream.Position);
            Write($"{i + 1} 0 obj\n");
            stream.Write(objects[i]);
            Write("\nendobj\n");
        }

        var xref = stream.Position;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return stream.ToArray();
    }

    private static string ContentTypes(string mainType, string mainPart) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + $"<Override PartName=\"{mainPart}\" ContentType=\"{mainType}\"/></Types>";

    private static string Rels(string target) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{target}\"/></Relationships>";

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, data.Length);
        stream.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        stream.Write(typeAndData);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32(typeAndData));
        stream.Write(crc);
    }

    private static void WriteBigEndian(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
