using FireSafety.Core.Evidence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FireSafety.UnitTests.Evidence;

public sealed class EvidenceRegistrationTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "firesafety-content-root");

    [Fact]
    public void AddEvidenceStore_Defaults_ResolveUnderTheContentRootsAppData()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<EvidenceOptions>>().Value;
        var store = Assert.IsType<FileSystemEvidenceStore>(provider.GetRequiredService<IEvidenceStore>());

        Assert.Equal(Path.Combine(ContentRoot, "App_Data", "evidence"), options.StoragePath);
        Assert.Equal(Path.Combine(ContentRoot, "App_Data", "evidence"), store.RootPath);
        Assert.Equal(10 * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(30 * 1024 * 1024, options.MaxRequestBytes);
        Assert.Equal(10, options.MaxFilesPerRequest);
        Assert.Equal(40_000_000, options.MaxImagePixels);
        Assert.Equal(EvidenceKinds.All, options.EffectiveAllowedKinds);
    }

    [Fact]
    public void AddEvidenceStore_BindsTheEvidenceSection()
    {
        using var provider = Build(new()
        {
            ["Evidence:StoragePath"] = "/srv/firesafety/evidence",
            ["Evidence:MaxFileBytes"] = "2097152",
            ["Evidence:MaxFilesPerRequest"] = "3",
            ["Evidence:AllowedKinds:0"] = "Pdf",
            ["Evidence:AllowedKinds:1"] = "Jpeg",
        });

        var options = provider.GetRequiredService<IOptions<EvidenceOptions>>().Value;

        Assert.Equal(Path.GetFullPath("/srv/firesafety/evidence"), options.StoragePath);
        Assert.Equal(2 * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(3, options.MaxFilesPerRequest);
        Assert.Equal([EvidenceKind.Pdf, EvidenceKind.Jpeg], options.EffectiveAllowedKinds);
    }

    [Theory]
    [InlineData("wwwroot/uploads")]
    [InlineData("App_Data/../wwwroot")]
    public void AddEvidenceStore_StorageUnderWwwroot_FailsValidation(string path)
    {
        using var provider = Build(new() { ["Evidence:StoragePath"] = path });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EvidenceOptions>>().Value);
        Assert.Contains("wwwroot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestLimits_TooManyFilesOrBytes_AreRefusedWithVietnameseMessages()
    {
        var options = new EvidenceOptions();

        Assert.Null(EvidenceRequestLimits.Check(options, 10, 30 * 1024 * 1024));
        Assert.Equal("Mỗi lần chỉ được gửi tối đa 10 tệp.", EvidenceRequestLimits.Check(options, 11, 1)!.Message);
        Assert.Equal("Tổng dung lượng các tệp gửi một lần vượt quá 30 MB.", EvidenceRequestLimits.Check(options, 2, (30 * 1024 * 1024) + 1)!.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEvidenceStore(configuration, ContentRoot);
        return services.BuildServiceProvider();
    }
}
