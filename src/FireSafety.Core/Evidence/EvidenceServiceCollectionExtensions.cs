using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FireSafety.Core.Evidence;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>
    /// Binds the "Evidence" section, resolves a relative <see cref="EvidenceOptions.StoragePath"/>
    /// against <paramref name="contentRoot"/>, validates the limits at start-up (a storage folder
    /// under wwwroot is refused) and registers <see cref="IEvidenceStore"/>.
    /// </summary>
    public static IServiceCollection AddEvidenceStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        var root = Path.GetFullPath(contentRoot);

        services.AddOptions<EvidenceOptions>()
            .Bind(configuration.GetSection(EvidenceOptions.SectionName))
            .PostConfigure(o =>
            {
                if (!string.IsNullOrWhiteSpace(o.StoragePath))
                {
                    o.StoragePath = Path.GetFullPath(o.StoragePath, root);
                }
            })
            .Validate(o => !string.IsNullOrWhiteSpace(o.StoragePath), "Evidence:StoragePath is required.")
            .Validate(o => !IsUnder(o.StoragePath, Path.Combine(root, "wwwroot")),
                "Evidence:StoragePath must not lie under wwwroot: evidence is served only through an authorised handler.")
            .Validate(o => o.MaxFileBytes is > 0 and <= 1024 * EvidenceOptions.Megabyte, "Evidence:MaxFileBytes must be between 1 byte and 1 GB.")
            .Validate(o => o.MaxRequestBytes >= o.MaxFileBytes, "Evidence:MaxRequestBytes must be at least MaxFileBytes.")
            .Validate(o => o.MaxFilesPerRequest > 0, "Evidence:MaxFilesPerRequest must be positive.")
            .Validate(o => o.MaxImagePixels > 0, "Evidence:MaxImagePixels must be positive.")
            .Validate(o => o.ImageQuality is >= 1 and <= 100, "Evidence:ImageQuality must be between 1 and 100.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ImageSanitizer>();
        services.TryAddSingleton<IEvidenceStore, FileSystemEvidenceStore>();
        return services;
    }

    private static bool IsUnder(string path, string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
        var parent = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return full.StartsWith(parent, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}

/// <summary>Limits that apply to one request with several files, before any file is read.</summary>
public static class EvidenceRequestLimits
{
    /// <summary>A refusal when the request has too many files or too many bytes in total; otherwise null.</summary>
    public static EvidenceRefusal? Check(EvidenceOptions options, int fileCount, long totalBytes)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (fileCount > options.MaxFilesPerRequest)
        {
            return EvidenceRefusal.For(EvidenceRefusalReason.TooManyFiles, string.Empty, options);
        }

        return totalBytes > options.MaxRequestBytes
            ? EvidenceRefusal.For(EvidenceRefusalReason.RequestTooLarge, string.Empty, options)
            : null;
    }
}
