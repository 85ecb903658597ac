using System.Net;
using System.Text;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace FireSafety.IntegrationTests.Evidence;

/// <summary>
/// Hostile uploads through a real upload form (a task's progress report): each is refused with a
/// Vietnamese message next to the file field and nothing stored, or stored neutralised inside the
/// evidence folder only; whatever is stored downloads as an attachment the browser may not sniff.
/// The store's own unit tests (FileSnifferTests, EvidenceStoreTests, ImageSanitizerTests) go through
/// every variant; these prove the web path wires them up.
/// </summary>
public sealed class UploadAttackTests(UploadAttackTests.Factory factory) : IClassFixture<UploadAttackTests.Factory>
{
    private const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    /// <summary>Evidence in the test's own folder; small limits so "too large" is cheap to send.</summary>
    public sealed class Factory : FireSafetyFactory
    {
        public Factory()
        {
            With("Evidence:StoragePath", Path.Combine(Directory, "evidence"));
            With("Evidence:MaxFileBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
            With("Evidence:MaxRequestBytes", (2 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        public string EvidenceRoot => Path.Combine(Directory, "evidence");
    }

    public static TheoryData<string, string, byte[][], string> Refused => new()
    {
        { "renamed html", "anh.jpg", [Encoding.ASCII.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")], "không thuộc loại được phép" },
        { "svg with script", "so-do.svg", [Encoding.ASCII.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")], "không thuộc loại được phép" },
        { "pdf with javascript", "bien-ban.pdf", [Pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ")], "chứa mã thực thi" },
        { "eicar", "eicar.pdf", [Encoding.ASCII.GetBytes(Eicar)], "mã độc" },
        { "file over the limit", "lon.pdf", [Padded(Pdf(string.Empty), (1024 * 1024) + 1)], "quá lớn" },
        { "request over the limit", "nhieu.pdf", [Padded(Pdf(string.Empty), 900 * 1024), Padded(Pdf(string.Empty), 900 * 1024), Padded(Pdf(string.Empty), 900 * 1024)], "Tổng dung lượng" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task HostileUpload_IsRefusedWithAVietnameseMessage_AndStoresNothing(string attack, string fileName, byte[][] files, string message)
    {
        var (client, url) = await UnitHeadOnAnAssignmentAsync();
        var before = await SnapshotAsync();

        var response = await client.SubmitMultipartAsync(url, "form[data-testid=progress-form]", new Dictionary<string, string?> { ["Progress.Text"] = "Báo cáo " + attack }, [.. files.Select(f => (fileName, f))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await response.DocumentAsync()).FieldError("Files");
        Assert.NotNull(error);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData(@"..\..\..\web.config.jpg")]
    [InlineData("%2e%2e/%2e%2e/wwwroot/x.jpg")]
    [InlineData("/etc/passwd.jpg")]
    [InlineData(@"C:\Windows\win.ini.jpg")]
    [InlineData("anh\0.html.jpg")]
    public async Task PathTrickNames_AreHarmless_TheFileStaysInTheEvidenceStore(string fileName)
    {
        var (client, url) = await UnitHeadOnAnAssignmentAsync();
        var before = await SnapshotAsync();

        var response = fileName.Contains('\0', StringComparison.Ordinal)
            ? await PostWithEncodedNameAsync(client, url, fileName, TestEvidence.Png)
            : await client.SubmitMultipartAsync(url, "form[data-testid=progress-form]", new Dictionary<string, string?> { ["Progress.Text"] = "Ảnh hiện trường" }, (fileName, TestEvidence.Png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await SnapshotAsync();
        var stored = Assert.Single(after.Files.Except(before.Files));
        Assert.StartsWith(factory.EvidenceRoot + Path.DirectorySeparatorChar, stored, StringComparison.Ordinal);
        var name = await LatestFileNameAsync();
        Assert.DoesNotContain("..", name, StringComparison.Ordinal);
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
        Assert.DoesNotContain('\0', name);
        Assert.EndsWith(".png", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JpegPolyglotWithScript_IsStoredReencoded_WithoutThePayload_AndDownloadsAsAnUnsniffableAttachment()
    {
        using var image = new Image<Rgb24>(16, 16, new Rgb24(200, 30, 30));
        using var jpeg = new MemoryStream();
        await image.SaveAsJpegAsync(jpeg);
        byte[] polyglot = [.. jpeg.ToArray(), .. Encoding.ASCII.GetBytes("<html><script>alert(document.cookie)</script></html>")];
        var (client, url) = await UnitHeadOnAnAssignmentAsync();
        var before = await SnapshotAsync();

        var response = await client.SubmitMultipartAsync(url, "form[data-testid=progress-form]", new Dictionary<string, string?> { ["Progress.Text"] = "Ảnh" }, ("anh.jpg", polyglot));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single((await SnapshotAsync()).Files.Except(before.Files));
        var bytes = await File.ReadAllBytesAsync(stored);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, bytes[..3]);
        Assert.DoesNotContain("<script", Encoding.Latin1.GetString(bytes), StringComparison.OrdinalIgnoreCase);

        Guid id;
        await using (var scope = factory.Database())
        {
            id = await scope.Db.EvidenceFiles.OrderByDescending(f => f.UploadedAtUtc).Select(f => f.Id).FirstAsync();
        }

        var download = await client.Http.GetAsync(new Uri($"/Evidence/Download/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(PageClient Client, string Url)> UnitHeadOnAnAssignmentAsync()
    {
        int assignment;
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            var unit = await TaskTestData.UnitIdAsync(scope.Db, "HCTP");
            assignment = (await TaskTestData.AssignmentAsync(scope.Db, directive, unit, new DateOnly(2030, 1, 1))).Id;
        }

        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);
        return (client, $"/Tasks/Details/{assignment}");
    }

    /// <summary>A name HTTP headers cannot carry raw (a NUL), sent as RFC 5987 "filename*" as an attacker would.</summary>
    private static async Task<HttpResponseMessage> PostWithEncodedNameAsync(PageClient client, string url, string fileName, byte[] bytes)
    {
        var form = (await client.GetDocumentAsync(url)).QuerySelector("form[data-testid=progress-form]")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=Version]")!.GetAttribute("value")!), "Version" },
            { new StringContent("Ảnh hiện trường"), "Progress.Text" },
        };
        var part = new ByteArrayContent(bytes);
        part.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"Files\"; filename*=UTF-8''" + Uri.EscapeDataString(fileName));
        content.Add(part);
        return await client.Http.PostAsync(new Uri(form.GetAttribute("action") ?? url, UriKind.Relative), content);
    }

    private async Task<string> LatestFileNameAsync()
    {
        await using var scope = factory.Database();
        return await scope.Db.EvidenceFiles.OrderByDescending(f => f.UploadedAtUtc).Select(f => f.FileName).FirstAsync();
    }

    /// <summary>Evidence rows and every file in the test's folder but the database and logs.</summary>
    private async Task<Snapshot> SnapshotAsync()
    {
        await using var scope = factory.Database();
        var rows = await scope.Db.EvidenceFiles.IgnoreQueryFilters().CountAsync();
        var files = Directory.GetFiles(factory.Directory, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("firesafety.db", StringComparison.Ordinal) && !f.Contains(Path.DirectorySeparatorChar + "logs" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Snapshot(rows, files);
    }

    private static byte[] Pdf(string catalogExtra) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + catalogExtra + ">>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A PDF made <paramref name="size"/> bytes long by a comment before its end.</summary>
    private static byte[] Padded(byte[] pdf, int size)
    {
        var padding = size - pdf.Length;
        return [.. pdf[..^6], .. Encoding.ASCII.GetBytes("%" + new string('x', padding - 2) + "\n"), .. pdf[^6..]];
    }

    private sealed record Snapshot(int Rows, List<string> Files)
    {
        public bool Equals(Snapshot? other) => other is not null && Rows == other.Rows && Files.SequenceEqual(other.Files);

        public override int GetHashCode() => Rows;
    }
}
