using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FireSafety.Core.Users;
using FireSafety.TestSupport;

namespace FireSafety.IntegrationTests.Localization;

public sealed partial class LocalizationTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public void EveryLiteralUiString_HasAnEnglishTranslation()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "FireSafety.Web");
        var english = EnglishKeys();
        var missing = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizerCall().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: Regex.Unescape(m.Groups["key"].Value))))
            .Where(k => !english.Contains(k.Key))
            .Select(k => $"{k.File}: {k.Key}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} strings without English:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EvidenceRefusalMessages_HaveAnEnglishTranslation()
    {
        var english = EnglishKeys();
        var messages = typeof(Core.Evidence.EvidenceMessages)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Contains(m, english));
    }

    [Fact]
    public async Task Default_IsVietnamese_EvenWhenTheBrowserAsksForEnglish()
    {
        var client = factory.CreateAppClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_ToEnglish_TranslatesThePage_AndBack()
    {
        var client = new PageClient(factory.CreateAppClient());

        var switched = await client.SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["culture"] = "en-US", ["returnUrl"] = "/Account/Login" }, "form[data-testid=culture-switch]");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var english = await client.GetDocumentAsync("/Account/Login");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", english.QuerySelector("h1")!.TextContent.Trim());

        await client.SignInAsync(DemoAccounts.Office);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Facilities and areas", home.QuerySelector("[data-nav=facilities]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Dates_AreShownDayMonthYear_InVietnamese()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Admin);

        var audit = await client.GetDocumentAsync("/Admin/Audit");

        Assert.Matches(@"\d{2}/\d{2}/\d{4}", audit.Body!.TextContent);
    }

    private static HashSet<string> EnglishKeys() =>
        XDocument.Load(Path.Combine(RepositoryRoot(), "src", "FireSafety.Web", "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FireSafety.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FireSafety.sln not found");
    }

    // L["…"] in views, s["…"] / S["…"] in page models and validators.
    [GeneratedRegex(@"\b[LsS]\[""(?<key>(?:[^""\\]|\\.)+)""")]
    private static partial Regex LocalizerCall();
}
