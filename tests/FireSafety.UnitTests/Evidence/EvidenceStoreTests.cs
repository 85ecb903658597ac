using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FireSafety.Core.Evidence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using static FireSafety.UnitTests.Evidence.EvidenceFixtures;

namespace FireSafety.UnitTests.Evidence;

public sealed partial class EvidenceStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "firesafety-evidence-tests", Guid.NewGuid().ToString("N"));
    private readonly FixedTimeProvider clock = new(new DateTimeOffset(2026, 3, 7, 23, 30, 0, TimeSpan.Zero));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    public static TheoryData<string, byte[], EvidenceKind> AcceptedUploads => new()
    {
        { "anh-hien-truong.jpg", JpegWithExifGps(), EvidenceKind.Jpeg },
        { "so-do.png", PngWithText(), EvidenceKind.Png },
        { "anh.webp", Webp(), EvidenceKind.Webp },
        { "bien-ban.pdf", Pdf(), EvidenceKind.Pdf },
        { "bao-cao.docx", Docx(), EvidenceKind.Docx },
        { "so-theo-doi.xlsx", Xlsx(), EvidenceKind.Xlsx },
    };

    public static TheoryData<string, byte[], EvidenceRefusalReason, string> RefusedUploads => new()
    {
        { "empty.pdf", [], EvidenceRefusalReason.Empty, EvidenceMessages.Empty },
        { "trang.jpg", Ascii("<html><body><script>alert(1)</script></body></html>"), EvidenceRefusalReason.NotAllowedType, EvidenceMessages.NotAllowedType },
        { "logo.png", Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), EvidenceRefusalReason.NotAllowedType, EvidenceMessages.NotAllowedType },
        { "anh.gif", Ascii("GIF89a\x01\x00\x01\x00"), EvidenceRefusalReason.NotAllowedType, EvidenceMessages.NotAllowedType },
        { "eicar.pdf", Ascii(Eicar), EvidenceRefusalReason.Malware, EvidenceMessages.Malware },
        { "bien-ban.pdf", Pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >> "), EvidenceRefusalReason.PdfActiveContent, EvidenceMessages.PdfActiveContent },
        { "bao-cao.docx", Docm(), EvidenceRefusalReason.OfficeMacro, EvidenceMessages.OfficeMacro },
        { "nen.zip.docx", Zip(("a.txt", "a")), EvidenceRefusalReason.NotAllowedType, EvidenceMessages.NotAllowedType },
        { "bom.png", PngHeaderClaiming(50_000, 50_000), EvidenceRefusalReason.ImageTooLarge, EvidenceMessages.ImageTooLarge },
        { "hong.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. Ascii("garbage garbage garbage")], EvidenceRefusalReason.Corrupt, EvidenceMessages.Corrupt },
        { "mat-khau.docx", EncryptedDocx(), EvidenceRefusalReason.Encrypted, EvidenceMessages.Encrypted },
    };

    [Theory]
    [MemberData(nameof(AcceptedUploads))]
    public async Task SaveAsync_AllowedFile_IsStoredUnderAGeneratedKeyWithTheDetectedType(string name, byte[] content, EvidenceKind kind)
    {
        var store = CreateStore();

        var result = await store.SaveAsync(new MemoryStream(content), name);

        Assert.True(result.Succeeded, result.Refusal?.Message);
        var evidence = result.Evidence;
        Assert.Equal(kind, evidence.Kind);
        Assert.Equal(kind.ContentType(), evidence.DetectedContentType);
        Assert.Equal(kind.Extension(), evidence.Extension);
        Assert.Matches(GeneratedKey(), evidence.StorageKey);
        Assert.StartsWith("2026/03/", evidence.StorageKey, StringComparison.Ordinal);
        Assert.EndsWith("." + kind.Extension(), evidence.StorageKey, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileNameWithoutExtension(name), evidence.StorageKey, StringComparison.Ordinal);

        var path = Path.Combine(root, evidence.StorageKey);
        var stored = await File.ReadAllBytesAsync(path);
        Assert.Equal(stored.Length, evidence.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored)), evidence.Sha256);
        Assert.Equal(kind.IsImage(), evidence.Width is not null);
        if (!kind.IsImage())
        {
            Assert.Equal(content, stored); // documents are stored byte for byte
        }

        Assert.Equal(Path.GetFileNameWithoutExtension(name) + "." + kind.Extension(), evidence.SafeDisplayName);
        AssertNoTempFiles();
    }

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task SaveAsync_RefusedFile_ReturnsItsVietnameseMessageAndWritesNothing(
        string name, byte[] content, EvidenceRefusalReason reason, string messageKey)
    {
        var store = CreateStore();

        var result = await store.SaveAsync(new MemoryStream(content), name);

        Assert.False(result.Succeeded);
        Assert.Equal(reason, result.Refusal.Reason);
        Assert.Equal(messageKey, result.Refusal.MessageKey);
        Assert.Contains($"\"{name}\"", result.Refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("{", result.Refusal.Message, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task SaveAsync_RefusalMessages_ReadAsWritten()
    {
        var store = CreateStore();

        var html = await store.SaveAsync(new MemoryStream(Ascii("<html></html>")), "trang.jpg");
        var pdf = await store.SaveAsync(new MemoryStream(Pdf("/OpenAction << /S /Launch /F (cmd.exe) >> ")), "bien-ban.pdf");
        var bomb = await store.SaveAsync(new MemoryStream(PngHeaderClaiming(50_000, 50_000)), "bom.png");

        Assert.Equal("Tệp \"trang.jpg\" không thuộc loại được phép (JPEG, PNG, WebP, PDF, DOCX, XLSX).", html.Refusal!.Message);
        Assert.Equal("Tệp PDF \"bien-ban.pdf\" chứa mã thực thi nên không được chấp nhận.", pdf.Refusal!.Message);
        Assert.Equal("Ảnh \"bom.png\" quá lớn (tối đa 40 megapixel).", bomb.Refusal!.Message);
    }

    [Fact]
    public async Task SaveAsync_FileOfMaxFileBytesPlusOne_IsRefusedAsTooLarge()
    {
        var store = CreateStore();
        var content = new byte[10 * 1024 * 1024 + 1];
        "%PDF-1.4\n"u8.CopyTo(content);

        var result = await store.SaveAsync(new MemoryStream(content), "lon.pdf");

        Assert.Equal(EvidenceRefusalReason.TooLarge, result.Refusal!.Reason);
        Assert.Equal("Tệp \"lon.pdf\" quá lớn (tối đa 10 MB).", result.Refusal.Message);
        AssertNothingStored();
    }

    [Fact]
    public async Task SaveAsync_FileOfExactlyMaxFileBytes_IsAccepted()
    {
        var pdf = Pdf();
        var store = CreateStore(o => o.MaxFileBytes = pdf.Length);

        var result = await store.SaveAsync(new MemoryStream(pdf), "vua-du.pdf");

        Assert.True(result.Succeeded, result.Refusal?.Message);
    }

    [Fact]
    public async Task SaveAsync_EndlessStream_ReadsAtMostMaxFileBytesPlusOne()
    {
        var store = CreateStore(o => o.MaxFileBytes = 100_000);
        using var endless = new EndlessStream();

        var result = await store.SaveAsync(endless, "vo-tan.pdf");

        Assert.Equal(EvidenceRefusalReason.TooLarge, result.Refusal!.Reason);
        Assert.Equal(100_001, endless.BytesRead);
    }

    [Fact]
    public async Task SaveAsync_JpegWithGpsAndAppendedScript_StoresOnlyCleanPixels()
    {
        var store = CreateStore();
        byte[] polyglot = [.. JpegWithExifGps(), .. Ascii("<script>alert(document.cookie)</script>")];

        var result = await store.SaveAsync(new MemoryStream(polyglot), "anh.jpg");

        Assert.True(result.Succeeded);
        var stored = await File.ReadAllBytesAsync(Path.Combine(root, result.Evidence.StorageKey));
        Assert.False(Contains(stored, "<script"));
        Assert.False(Contains(stored, PersonalText));
        Assert.Null(Image.Identify(stored).Metadata.ExifProfile);
        Assert.Equal((20, 40), (result.Evidence.Width, result.Evidence.Height));
    }

    [Fact]
    public async Task SaveAsync_KindNotInAllowedKinds_IsRefused()
    {
        var store = CreateStore(o => o.AllowedKinds = [EvidenceKind.Pdf]);

        var image = await store.SaveAsync(new MemoryStream(Jpeg()), "anh.jpg");
        var pdf = await store.SaveAsync(new MemoryStream(Pdf()), "bien-ban.pdf");

        Assert.Equal(EvidenceRefusalReason.NotAllowedType, image.Refusal!.Reason);
        Assert.True(pdf.Succeeded);
    }

    [Theory]
    [InlineData(@"..\..\web.config", "web.pdf", "web.config")]
    [InlineData("%2e%2e%2fetc%2fpasswd", "passwd.pdf", "passwd")]
    [InlineData("a/b/c.pdf", "c.pdf", "c.pdf")]
    [InlineData("../../../../../../tmp/x.pdf", "x.pdf", "x.pdf")]
    [InlineData("hoa-don\u202Efdp.exe", "hoa-donfdp.pdf", "hoa-donfdp.exe")]
    public async Task SaveAsync_PathTrickNames_GetSafeDisplayNamesAndNeverLeaveTheRoot(string original, string expectedDisplay, string expectedShown)
    {
        var store = CreateStore();

        var result = await store.SaveAsync(new MemoryStream(Pdf()), original);
        var refused = await store.SaveAsync(new MemoryStream(Ascii("<html></html>")), original);

        Assert.True(result.Succeeded);
        Assert.Equal(expectedDisplay, result.Evidence.SafeDisplayName);
        Assert.Contains($"\"{expectedShown}\"", refused.Refusal!.Message, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        Assert.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, Path.GetFullPath(file), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(root, result.Evidence.StorageKey), file);
    }

    [Fact]
    public async Task OpenReadAsync_StoredKey_ReturnsTheStoredBytes()
    {
        var store = CreateStore();
        var saved = await store.SaveAsync(new MemoryStream(Docx()), "bao-cao.docx");

        await using var stream = await store.OpenReadAsync(saved.Evidence!.StorageKey);

        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(Docx().Length, copy.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData(@"C:\Windows\win.ini")]
    [InlineData("2026/03/../../../etc/passwd")]
    [InlineData("2026/03/0123456789abcdef0123456789abcdef.pdf/../../x")]
    [InlineData(@"2026\03\0123456789abcdef0123456789abcdef.pdf")]
    [InlineData("2026/03/0123456789abcdef0123456789abcdef.pdf\n")]
    [InlineData("2026/03/0123456789ABCDEF0123456789ABCDEF.pdf")]
    [InlineData("2026/13/0123456789abcdef0123456789abcdef.pdf")]
    [InlineData("2026/03/0123456789abcdef0123456789abcdef.html")]
    [InlineData("2026%2f03%2f0123456789abcdef0123456789abcdef.pdf")]
    [InlineData(".tmp/0123456789abcdef0123456789abcdef.tmp")]
    [InlineData("2026/03/0123456789abcdef0123456789abcdef.pdf")] // well formed but unknown
    public async Task OpenReadAsync_InvalidOrUnknownKey_ReturnsNull(string? key)
    {
        var store = CreateStore();
        await store.SaveAsync(new MemoryStream(Pdf()), "bien-ban.pdf");

        Assert.Null(await store.OpenReadAsync(key));
        Assert.False(await store.DeleteAsync(key));
    }

    [Fact]
    public async Task OpenReadAsync_AbsolutePathOfAStoredFile_ReturnsNull()
    {
        var store = CreateStore();
        var saved = await store.SaveAsync(new MemoryStream(Pdf()), "bien-ban.pdf");

        Assert.Null(await store.OpenReadAsync(Path.Combine(root, saved.Evidence!.StorageKey)));
    }

    [Fact]
    public async Task DeleteAsync_StoredKey_RemovesTheFile()
    {
        var store = CreateStore();
        var saved = await store.SaveAsync(new MemoryStream(Pdf()), "bien-ban.pdf");

        Assert.True(await store.DeleteAsync(saved.Evidence!.StorageKey));

        Assert.False(File.Exists(Path.Combine(root, saved.Evidence.StorageKey)));
        Assert.Null(await store.OpenReadAsync(saved.Evidence.StorageKey));
        Assert.False(await store.DeleteAsync(saved.Evidence.StorageKey));
    }

    [Fact]
    public async Task SaveAsync_ManyFiles_LeaveNoTempFilesAndDistinctKeys()
    {
        var store = CreateStore();
        var keys = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            keys.Add((await store.SaveAsync(new MemoryStream(Pdf()), "a.pdf")).Evidence!.StorageKey);
            await store.SaveAsync(new MemoryStream(Ascii("<html/>")), "b.jpg");
        }

        Assert.Equal(5, keys.Distinct().Count());
        Assert.Equal(5, Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length);
        AssertNoTempFiles();
    }

    [Fact]
    public async Task SaveAsync_Cancelled_LeavesNoFile()
    {
        var store = CreateStore();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(new MemoryStream(Pdf()), "a.pdf", cancelled.Token));

        AssertNothingStored();
    }

    [Fact]
    public void PurgeStaleTempFiles_DeletesOnlyOldTempFiles()
    {
        var store = CreateStore();
        var temp = Directory.CreateDirectory(Path.Combine(root, ".tmp")).FullName;
        var old = Path.Combine(temp, "old.tmp");
        var fresh = Path.Combine(temp, "fresh.tmp");
        File.WriteAllText(old, "half");
        File.WriteAllText(fresh, "half");
        File.SetLastWriteTimeUtc(old, clock.GetUtcNow().UtcDateTime.AddHours(-2));
        File.SetLastWriteTimeUtc(fresh, clock.GetUtcNow().UtcDateTime);

        Assert.Equal(1, store.PurgeStaleTempFiles(TimeSpan.FromHours(1)));

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(fresh));
    }

    private FileSystemEvidenceStore CreateStore(Action<EvidenceOptions>? configure = null)
    {
        var options = new EvidenceOptions { StoragePath = root };
        configure?.Invoke(options);
        var wrapped = Options.Create(options);
        return new FileSystemEvidenceStore(wrapped, new ImageSanitizer(wrapped), clock, NullLogger<FileSystemEvidenceStore>.Instance);
    }

    private void AssertNothingStored()
    {
        var files = Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
        Assert.Empty(files);
    }

    private void AssertNoTempFiles()
    {
        Assert.Empty(Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories));
    }

    [GeneratedRegex(@"^\d{4}/\d{2}/[0-9a-f]{32}\.(jpg|png|webp|pdf|docx|xlsx)$")]
    private static partial Regex GeneratedKey();

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>A non-seekable stream that never ends, counting what was read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'%');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
