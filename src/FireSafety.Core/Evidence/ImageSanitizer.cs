using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Processing;

namespace FireSafety.Core.Evidence;

/// <summary>A re-encoded image, or why it was refused.</summary>
public sealed record SanitizedImage(byte[]? Content, int Width, int Height, EvidenceRefusalReason? Refusal)
{
    public static SanitizedImage Refused(EvidenceRefusalReason reason) => new(null, 0, 0, reason);
}

/// <summary>
/// Decodes a JPEG, PNG or WebP and encodes it again in the same format, so that only pixels
/// survive: EXIF (GPS included), XMP, IPTC, ICC profiles, PNG text chunks, and anything appended
/// after the image data (HTML/script polyglots) are gone. The EXIF orientation is applied to the
/// pixels first, so photos keep their orientation. The dimensions are read from the header
/// before anything is decoded, and images above <see cref="EvidenceOptions.MaxImagePixels"/>
/// (decompression bombs) are refused without allocating their pixels.
/// </summary>
public sealed class ImageSanitizer
{
    private readonly EvidenceOptions options;
    private readonly Configuration configuration;

    // A 40 MP decode holds a few hundred MB; at most one decode per core keeps a burst of uploads
    // from multiplying that (the rest wait, asynchronously).
    private readonly SemaphoreSlim decodeGate = new(Math.Max(1, Environment.ProcessorCount));

    public ImageSanitizer(IOptions<EvidenceOptions> options)
    {
        this.options = options.Value;

        // Only the three decoders we accept, and an allocator that refuses any buffer larger than
        // the largest allowed image could need (8 bytes a pixel for 16-bit RGBA), as a second
        // line behind the header check.
        var limitMegabytes = (int)Math.Clamp((this.options.MaxImagePixels * 8 / EvidenceOptions.Megabyte) + 64, 64, 4096);
        configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = limitMegabytes }),
        };
    }

    public async Task<SanitizedImage> SanitizeAsync(ReadOnlyMemory<byte> content, EvidenceKind kind, CancellationToken cancellationToken = default)
    {
        if (!kind.IsImage())
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an image kind.");
        }

        await decodeGate.WaitAsync(cancellationToken);
        try
        {
            return Sanitize(content, kind, cancellationToken);
        }
        finally
        {
            decodeGate.Release();
        }
    }

    private SanitizedImage Sanitize(ReadOnlyMemory<byte> content, EvidenceKind kind, CancellationToken cancellationToken)
    {

        var bytes = content.ToArray();
        IImageDecoder decoder = kind switch
        {
            EvidenceKind.Jpeg => new JpegDecoder(),
            EvidenceKind.Png => new PngDecoder(),
            _ => new WebpDecoder(),
        };

        try
        {
            using (var header = new MemoryStream(bytes, writable: false))
            {
                var info = ((IImageInfoDetector)decoder).Identify(configuration, header, cancellationToken);
                if (info is null || info.Width <= 0 || info.Height <= 0)
                {
                    return SanitizedImage.Refused(EvidenceRefusalReason.Corrupt);
                }

                if ((long)info.Width * info.Height > options.MaxImagePixels)
                {
                    return SanitizedImage.Refused(EvidenceRefusalReason.ImageTooLarge);
                }
            }

            using var input = new MemoryStream(bytes, writable: false);
            using var image = decoder.Decode(configuration, input, cancellationToken);
            while (image.Frames.Count > 1)
            {
                image.Frames.RemoveFrame(image.Frames.Count - 1);
            }

            image.Mutate(x => x.AutoOrient());
            StripMetadata(image);

            using var output = new MemoryStream();
            image.Save(output, Encoder(kind, image));
            return new SanitizedImage(output.ToArray(), image.Width, image.Height, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // ImageSharp signals bad input with several exception types (InvalidImageContentException,
            // ImageFormatException, InvalidMemoryOperationException, and on some damaged streams
            // plain IndexOutOfRange/ArgumentException). For an upload they all mean "cannot read".
            return SanitizedImage.Refused(EvidenceRefusalReason.Corrupt);
        }
    }

    private static void StripMetadata(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.IccProfile = null;
        image.Metadata.GetPngMetadata().TextData.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    private IImageEncoder Encoder(EvidenceKind kind, Image image) => kind switch
    {
        EvidenceKind.Jpeg => new JpegEncoder { Quality = options.ImageQuality },
        EvidenceKind.Png => new PngEncoder { IgnoreMetadata = true },
        _ => new WebpEncoder
        {
            // Keep lossless sources lossless (screenshots); re-encode photos lossy.
            FileFormat = image.Metadata.GetWebpMetadata().FileFormat == WebpFileFormatType.Lossless
                ? WebpFileFormatType.Lossless
                : WebpFileFormatType.Lossy,
            Quality = options.ImageQuality,
        },
    };
}
