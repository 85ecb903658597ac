using System.Text.Json;
using CsCheck;
using FireSafety.Core.Directives;

namespace FireSafety.UnitTests.Directives;

/// <summary>
/// The parser never throws, and what it returns always serializes to JSON that parses back to
/// the same value: on random strings, on soups of lines from the fixtures, and on every fixture
/// cut at a random point. The strict entry point is used, so a bug fails here instead of being
/// swallowed by the guards of <see cref="DirectiveTextParser.Parse"/>.
/// </summary>
public sealed class DirectiveParserPropertyTests
{
    private const int Iterations = 400;

    private static readonly string[] Letters = [.. DirectiveFixtures.Names.Select(DirectiveFixtures.Read)];

    private static readonly string[] FixtureLines =
        [.. Letters.SelectMany(l => l.Split('\n')).Select(l => l.TrimEnd('\r')).Distinct(StringComparer.Ordinal)];

    /// <summary>Characters the parser looks at, plus some it must survive: surrogate halves, controls, marks.</summary>
    private const string Alphabet = "Sốố:/-–+•*_#|\\.,;()“”\"0123456789 \t\r\n\u00A0\u200B\uD800\uDC00\u0301\u0000"
        + "aăâbcdđeêghiklmnoôơpqrstuưvxyĐÂÊÔƠƯKTLMQVàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    private static void Holds(string text)
    {
        var parsed = DirectiveTextParser.ParseStrict(text);
        var lenient = DirectiveTextParser.Parse(text);
        var json = DirectiveJson.Serialize(parsed);
        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        }

        var back = DirectiveJson.Deserialize(json);
        Assert.NotNull(back);
        Assert.Equal(json, DirectiveJson.Serialize(back!));
        Assert.Equal(json, DirectiveJson.Serialize(lenient));
    }

    [Fact]
    public void RandomStrings_NeverThrow_AndRoundTrip()
    {
        Gen.String[0, 3000].Sample(Holds, iter: Iterations);
        Gen.Char[Alphabet].Array[0, 3000].Select(chars => new string(chars)).Sample(Holds, iter: Iterations);
    }

    [Fact]
    public void SoupsOfFixtureLines_NeverThrow_AndRoundTrip() =>
        Gen.Select(Gen.Int[0, FixtureLines.Length - 1].Array[0, 120], Gen.Bool)
            .Select((lines, crlf) => string.Join(crlf ? "\r\n" : "\n", lines.Select(i => FixtureLines[i])))
            .Sample(Holds, iter: Iterations);

    [Fact]
    public void TruncatedFixtures_NeverThrow_AndRoundTrip()
    {
        foreach (var letter in Letters)
        {
            Gen.Int[0, letter.Length].Select(cut => letter[..cut]).Sample(Holds, iter: Iterations / 4);
            Gen.Int[0, letter.Length].Select(cut => letter[cut..]).Sample(Holds, iter: Iterations / 8);
        }
    }

    [Fact]
    public void EveryFixture_Holds()
    {
        foreach (var letter in Letters)
        {
            Holds(letter);
        }
    }

    /// <summary>About a million characters shaped to hit every loop: none may be quadratic.</summary>
    [Theory]
    [InlineData("letters")]
    [InlineData("sub-items")]
    [InlineData("wrapped")]
    [InlineData("references")]
    [InlineData("blank-distribution")]
    [InlineData("headings")]
    [InlineData("one-line")]
    public void HugeInput_IsReadWithoutThrowing(string shape)
    {
        var size = DirectiveText.MaxLength;
        var text = shape switch
        {
            "letters" => Repeat(DirectiveFixtures.SeedText(), size),
            "sub-items" => "1. Đối với các đơn vị:\n- Tổ chức tự kiểm tra:\n" + Repeat("+ kiểm tra bình chữa cháy hằng tháng trước ngày 15/12/2026;\n", size),
            "wrapped" => "Kính gửi: các đơn vị\n1. Đối với các đơn vị:\n- Tổ chức\n" + Repeat("phối hợp với Sở Xây dựng, Công an tỉnh và các sở\n", size),
            "references" => "Căn cứ " + Repeat("Kế hoạch số 1/KH-UBND ngày 24/11/2021 của UBND tỉnh về việc, Nghị định số 22/2025/NĐ-CP, ", size),
            "blank-distribution" => "Nơi nhận:\n" + Repeat("\n", size / 2) + Repeat("- Lưu: VT\n", size / 2),
            "headings" => Repeat("1. Đối với Văn phòng Sở:\n", size),
            _ => new string('-', size / 2) + Repeat("1", size / 2),
        };
        // The production entry point: a regex time-out on a loaded machine leaves a part empty
        // instead of failing. Speed is a benchmark's business, not a unit test's.
        var parsed = DirectiveTextParser.Parse(text);
        var json = DirectiveJson.Serialize(parsed);

        Assert.False(string.IsNullOrEmpty(json));
    }

    private static string Repeat(string text, int size) =>
        string.Concat(Enumerable.Repeat(text, Math.Max(1, size / Math.Max(1, text.Length))));
}
