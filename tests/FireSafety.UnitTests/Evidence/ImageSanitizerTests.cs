using FireSafety.Core.Evidence;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using static FireSafety.UnitTests.Evidence.EvidenceFixtures;

namespace FireSafety.UnitTests.Evidence;

public sealed class ImageSanitizerTests
{
    private readonly ImageSanitizer sanitizer = new(Options.Create(new EvidenceOptions()));

    [Fact]
    public async Task Sanitize_JpegWithExifGps_DropsAllMetadataAndKeepsOrientation()
    {
        var original = JpegWithExifGps(orientation: 6);
        Assert.NotNull(Image.Identify(original).Metadata.ExifProfile); // the fixture really has EXIF

        var result = await sanitizer.SanitizeAsync(original, EvidenceKind.Jpeg);

        Assert.Null(result.Refusal);
        var stored = result.Content!;
        var info = Image.Identify(stored, out var format);
        Assert.Equal("JPEG", format.Name);
        Assert.Null(info.Metadata.ExifProfile);
        Assert.Null(info.Metadata.IptcProfile);
        Assert.Null(info.Metadata.XmpProfile);
        Assert.Null(info.Metadata.IccProfile);
        Assert.False(Contains(stored, "Exif"));
        Assert.False(Contains(stored, PersonalText));
        Assert.False(Contains(stored, "PhoneMakerSecret"));

        // Orientation 6 = rotate 90° clockwise: 40×20 becomes 20×40, the left (red) half on top.
        Assert.Equal((20, 40), (result.Width, result.Height));
        using var image = Image.Load<Rgb24>(stored);
        Assert.Equal((20, 40), (image.Width, image.Height));
        AssertClose(Red, image[10, 5]);
        AssertClose(Blue, image[10, 35]);
    }

    [Fact]
    public async Task Sanitize_JpegWithAppendedHtml_DropsThePayload()
    {
        byte[] polyglot = [.. Jpeg(), .. Ascii("<html><script>alert(document.cookie)</script></html>")];

        var result = await sanitizer.SanitizeAsync(polyglot, EvidenceKind.Jpeg);

        Assert.NotNull(result.Content);
        Assert.False(Contains(result.Content, "<script"));
        Assert.False(Contains(result.Content, "<html"));
    }

    [Fact]
    public async Task Sanitize_PngWithTextExifAndXmp_DropsThem()
    {
        var original = PngWithText();
        Assert.True(Contains(original, PersonalText));

        var result = await sanitizer.SanitizeAsync(original, EvidenceKind.Png);

        Assert.NotNull(result.Content);
        Assert.False(Contains(result.Content, PersonalText));
        var info = Image.Identify(result.Content, out var format);
        Assert.Equal("PNG", format.Name);
        Assert.Null(info.Metadata.ExifProfile);
        Assert.Empty(info.Metadata.GetPngMetadata().TextData);
    }

    [Theory]
    [InlineData(WebpFileFormatType.Lossy)]
    [InlineData(WebpFileFormatType.Lossless)]
    public async Task Sanitize_Webp_ReencodesAsWebpInTheSameModeWithoutMetadata(WebpFileFormatType mode)
    {
        var result = await sanitizer.SanitizeAsync(Webp(mode), EvidenceKind.Webp);

        Assert.NotNull(result.Content);
        Assert.False(Contains(result.Content, PersonalText));
        var info = Image.Identify(result.Content, out var format);
        Assert.Equal("Webp", format.Name, ignoreCase: true);
        Assert.Equal(mode, info.Metadata.GetWebpMetadata().FileFormat);
        Assert.Null(info.Metadata.ExifProfile);
        Assert.Equal((40, 20), (result.Width, result.Height));
    }

    [Fact]
    public async Task Sanitize_PngHeaderClaiming50000x50000_IsRefusedBeforeDecoding()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var result = await sanitizer.SanitizeAsync(PngHeaderClaiming(50_000, 50_000), EvidenceKind.Png);

        Assert.Equal(EvidenceRefusalReason.ImageTooLarge, result.Refusal);
        // Decoding would need 7.5 GB of pixels; the header check allocates next to nothing.
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 64 * 1024 * 1024);
    }

    [Fact]
    public async Task Sanitize_JpegHeaderClaiming50000x50000_IsRefused()
    {
        var result = await sanitizer.SanitizeAsync(JpegHeaderClaiming(50_000, 50_000), EvidenceKind.Jpeg);

        Assert.Equal(EvidenceRefusalReason.ImageTooLarge, result.Refusal);
    }

    [Fact]
    public async Task Sanitize_ImageAboveConfiguredPixelLimit_IsRefused()
    {
        var small = new ImageSanitizer(Options.Create(new EvidenceOptions { MaxImagePixels = 500 }));

        Assert.Equal(EvidenceRefusalReason.ImageTooLarge, (await small.SanitizeAsync(Jpeg(32, 24), EvidenceKind.Jpeg)).Refusal);
        Assert.Null((await small.SanitizeAsync(Jpeg(20, 20), EvidenceKind.Jpeg)).Refusal);
    }

    [Theory]
    [InlineData(EvidenceKind.Jpeg)]
    [InlineData(EvidenceKind.Png)]
    [InlineData(EvidenceKind.Webp)]
    public async Task Sanitize_UndecodableImage_IsRefusedAsCorrupt(EvidenceKind kind)
    {
        byte[] header = kind switch
        {
            EvidenceKind.Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10],
            EvidenceKind.Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
            _ => Ascii("RIFF\x20\x00\x00\x00WEBPVP8 \x14\x00\x00\x00"),
        };
        byte[] garbage = [.. header, .. Enumerable.Range(0, 200).Select(i => (byte)(i * 37))];

        Assert.Equal(EvidenceRefusalReason.Corrupt, (await sanitizer.SanitizeAsync(garbage, kind)).Refusal);
    }

    [Fact]
    public async Task Sanitize_TruncatedJpeg_IsRefusedOrReencodedButNeverThrows()
    {
        var truncated = JpegWithExifGps()[..300];

        var result = await sanitizer.SanitizeAsync(truncated, EvidenceKind.Jpeg);

        Assert.True(result.Refusal == EvidenceRefusalReason.Corrupt || result.Content is not null);
    }

    private static void AssertClose(Rgb24 expected, Rgb24 actual)
    {
        Assert.True(
            Math.Abs(expected.R - actual.R) < 60 && Math.Abs(expected.G - actual.G) < 60 && Math.Abs(expected.B - actual.B) < 60,
            $"Expected about {expected}, got {actual}.");
    }
}
