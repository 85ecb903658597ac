using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FireSafety.Core.Evidence;

/// <summary>
/// Stores evidence files (inspection photos, scanned minutes, reports) outside wwwroot under
/// generated names. Callers keep the returned <see cref="StoredEvidence"/> on their entity and
/// serve the file only through an authorised handler, with
/// <see cref="EvidenceFileName.ContentDisposition"/> (attachment) and X-Content-Type-Options: nosniff.
/// </summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Reads at most <see cref="EvidenceOptions.MaxFileBytes"/> + 1 bytes, checks the content,
    /// re-encodes images and writes the file. A refusal writes nothing.
    /// </summary>
    Task<EvidenceSaveResult> SaveAsync(Stream content, string? originalName, CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored file, or null when <paramref name="storageKey"/> is not a key this store
    /// generates, resolves outside the storage root, or names no file.
    /// </summary>
    Task<Stream?> OpenReadAsync(string? storageKey, CancellationToken cancellationToken = default);

    /// <summary>Deletes the file; false when the key is invalid or the file is already gone.</summary>
    Task<bool> DeleteAsync(string? storageKey, CancellationToken cancellationToken = default);
}

public sealed partial class FileSystemEvidenceStore : IEvidenceStore
{
    private const string TempFolder = ".tmp";

    private readonly EvidenceOptions options;
    private readonly ImageSanitizer sanitizer;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<FileSystemEvidenceStore> logger;

    public FileSystemEvidenceStore(
        IOptions<EvidenceOptions> options, ImageSanitizer sanitizer, TimeProvider timeProvider, ILogger<FileSystemEvidenceStore> logger)
    {
        this.options = options.Value;
        this.sanitizer = sanitizer;
        this.timeProvider = timeProvider;
        this.logger = logger;
        if (!Path.IsPathFullyQualified(this.options.StoragePath))
        {
            throw new InvalidOperationException(
                "Evidence:StoragePath must be absolute here; AddEvidenceStore resolves it against the content root.");
        }

        RootPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(this.options.StoragePath));
    }

    /// <summary>The absolute storage folder, without a trailing separator.</summary>
    public string RootPath { get; }

    public async Task<EvidenceSaveResult> SaveAsync(Stream content, string? originalName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var shownName = EvidenceFileName.Clean(originalName);
        if (shownName.Length == 0)
        {
            shownName = EvidenceFileName.FallbackStem;
        }

        var (buffer, length) = await ReadAtMostAsync(content, options.MaxFileBytes + 1, cancellationToken);
        if (length == 0)
        {
            return Refuse(EvidenceRefusalReason.Empty, shownName);
        }

        if (length > options.MaxFileBytes)
        {
            return Refuse(EvidenceRefusalReason.TooLarge, shownName);
        }

        var original = buffer.AsMemory(0, (int)length);
        var sniffed = FileSniffer.Sniff(original);
        if (sniffed.Kind is not { } kind)
        {
            return Refuse(sniffed.Refusal ?? EvidenceRefusalReason.NotAllowedType, shownName);
        }

        if (!options.IsAllowed(kind))
        {
            return Refuse(EvidenceRefusalReason.NotAllowedType, shownName);
        }

        ReadOnlyMemory<byte> stored = original;
        int? width = null, height = null;
        if (kind.IsImage())
        {
            var image = await sanitizer.SanitizeAsync(original, kind, cancellationToken);
            if (image.Content is null)
            {
                return Refuse(image.Refusal ?? EvidenceRefusalReason.Corrupt, shownName);
            }

            stored = image.Content;
            (width, height) = (image.Width, image.Height);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(stored.Span));
        var now = timeProvider.GetUtcNow();
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.{kind.Extension()}";
        await WriteAtomicallyAsync(key, stored, cancellationToken);

        var evidence = new StoredEvidence(
            key, kind, kind.ContentType(), kind.Extension(), stored.Length, sha256,
            EvidenceFileName.SafeDisplayName(originalName, kind), width, height);
        logger.LogInformation(
            "Stored evidence {StorageKey} ({ContentType}, {SizeBytes} bytes, SHA-256 {Sha256})",
            key, evidence.DetectedContentType, evidence.SizeBytes, sha256);
        return EvidenceSaveResult.Stored(evidence);
    }

    public Task<Stream?> OpenReadAsync(string? storageKey, CancellationToken cancellationToken = default)
    {
        var path = ResolveKey(storageKey);
        if (path is null)
        {
            return Task.FromResult<Stream?>(null);
        }

        try
        {
            Stream stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> DeleteAsync(string? storageKey, CancellationToken cancellationToken = default)
    {
        var path = ResolveKey(storageKey);
        if (path is null || !File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        logger.LogInformation("Deleted evidence {StorageKey}", storageKey);
        return Task.FromResult(true);
    }

    /// <summary>
    /// Deletes temporary files older than <paramref name="age"/>, left by a process that died
    /// between writing and moving a file. Completed files are never touched.
    /// </summary>
    public int PurgeStaleTempFiles(TimeSpan age)
    {
        var folder = Path.Combine(RootPath, TempFolder);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var cutoff = timeProvider.GetUtcNow().UtcDateTime - age;
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.tmp"))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff)
            {
                File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>True when <paramref name="storageKey"/> has the shape of a generated key.</summary>
    public static bool IsWellFormedKey(string? storageKey) =>
        storageKey is not null && KeyPattern().IsMatch(storageKey);

    /// <summary>
    /// The absolute path of a key, or null. Two independent guards: the key must match the
    /// generated pattern exactly (so "..", rooted paths, backslashes and encodings never reach the
    /// file system), and the resolved full path must still lie under the root.
    /// </summary>
    internal string? ResolveKey(string? storageKey)
    {
        if (!IsWellFormedKey(storageKey))
        {
            return null;
        }

        var fullPath = Path.GetFullPath(Path.Combine(RootPath, storageKey!.Replace('/', Path.DirectorySeparatorChar)));
        return fullPath.StartsWith(RootPath + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? fullPath : null;
    }

    private async Task WriteAtomicallyAsync(string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var finalPath = ResolveKey(key) ?? throw new InvalidOperationException("Generated an invalid storage key.");
        var tempFolder = Path.Combine(RootPath, TempFolder);
        Directory.CreateDirectory(tempFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);

        // Same volume as the final path, so the move is a rename: a crash leaves either no file
        // or a whole one (and perhaps a .tmp for PurgeStaleTempFiles), never half a file.
        var tempPath = Path.Combine(tempFolder, $"{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(data, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(tempPath, finalPath, overwrite: false);
        }
        finally
        {
            if (File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }
    }

    private EvidenceSaveResult Refuse(EvidenceRefusalReason reason, string shownName)
    {
        var refusal = EvidenceRefusal.For(reason, shownName, options);
        logger.LogWarning("Refused evidence upload {FileName}: {Reason}", shownName, reason);
        return EvidenceSaveResult.Refused(refusal);
    }

    /// <summary>Reads up to <paramref name="limit"/> bytes; a longer stream is never read further.</summary>
    private static async Task<(byte[] Buffer, long Length)> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        var capacity = content.CanSeek ? Math.Min(limit, Math.Max(0, content.Length - content.Position)) : Math.Min(limit, 81920);
        var buffer = new byte[Math.Max(capacity, 1)];
        long total = 0;
        while (total < limit)
        {
            if (total == buffer.Length)
            {
                var grown = new byte[Math.Min(limit, buffer.Length * 2L)];
                Buffer.BlockCopy(buffer, 0, grown, 0, (int)total);
                buffer = grown;
            }

            var read = await content.ReadAsync(buffer.AsMemory((int)total, (int)Math.Min(buffer.Length - total, limit - total)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return (buffer, total);
    }

    [GeneratedRegex(@"^[0-9]{4}/(0[1-9]|1[0-2])/[0-9a-f]{32}\.(jpg|png|webp|pdf|docx|xlsx)\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyPattern();
}
