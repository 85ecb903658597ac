using System.Text.RegularExpressions;
using System.Xml.Linq;
using FireSafety.Core.Incidents;
using FireSafety.Web.Pages.Incidents;

namespace FireSafety.IntegrationTests.Incidents;

/// <summary>
/// The incident rules live in Core, and some labels reach the localizer as values, not literals:
/// LocalizationTests scans only the web project's literals, so these are checked here.
/// </summary>
public sealed partial class IncidentLocalizationTests
{
    [Fact]
    public void CoreIncidentMessages_HaveAnEnglishTranslation()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "FireSafety.Core", "Incidents");
        var keys = Directory.EnumerateFiles(folder, "*.cs")
            .SelectMany(f => LocalizerCall().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups["key"].Value)))
            .Concat(TimeBounds().Matches(File.ReadAllText(Path.Combine(folder, "IncidentRecordInput.cs"))).Select(m => m.Groups["key"].Value))
            .Distinct()
            .ToList();

        Assert.True(keys.Count >= 10, "the Core messages were not read");
        Assert.Empty(keys.Except(EnglishKeys()));
    }

    [Fact]
    public void LabelsPassedAsValues_HaveAnEnglishTranslation()
    {
        var labels = IncidentTypes.All.Select(IncidentLabels.Type)
            .Concat(Enum.GetValues<IncidentEntryKind>().Select(IncidentLabels.Entry))
            .Concat(IncidentRecordInput.Labels.Values)
            .Concat([
                "Chỉ huy tại chỗ", "Lực lượng tại chỗ", "Phương tiện tại chỗ", "Hậu cần tại chỗ",
                "Nhóm nguyên nhân", "Khu vực phát sinh", "Nguồn nhiệt", "Vật bắt cháy đầu tiên",
                "Thời điểm xảy ra", "Thời điểm phát hiện", "Thời điểm báo cáo (114, cơ quan chức năng)", "Thời điểm khống chế", "Thời điểm kết thúc",
                "Số vụ", "Người chết", "Người bị thương", "Người được cứu", "Thiệt hại (đồng)", "Cứu được (đồng)",
            ]);

        Assert.Empty(labels.Except(EnglishKeys()));
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

    [GeneratedRegex(@"\bs\[""(?<key>(?:[^""\\]|\\.)+)""")]
    private static partial Regex LocalizerCall();

    // const string occurred = "lúc xảy ra", ...: the names of the earlier times in the order messages.
    [GeneratedRegex(@"= ""(?<key>lúc [^""]+)""")]
    private static partial Regex TimeBounds();
}
