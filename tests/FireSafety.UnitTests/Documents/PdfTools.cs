using System.Diagnostics;
using System.Text.RegularExpressions;

namespace FireSafety.UnitTests.Documents;

/// <summary>
/// What the PDF tests need from the machine: Liberation Serif 2 (fonts-liberation2) to write and
/// pdftotext (poppler-utils) to read back. Missing, a test is skipped with the reason, except under
/// FIRESAFETY_REQUIRE_BROWSER=1 (CI), where it fails.
/// </summary>
public static partial class PdfTools
{
    public const string RequireVariable = "FIRESAFETY_REQUIRE_BROWSER";
    public const string FontFile = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";

    public static string? PdfToTextPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "pdftotext"))
            .FirstOrDefault(File.Exists);

    public static void RequireFonts() =>
        Require(File.Exists(FontFile) || OperatingSystem.IsWindows(), $"{FontFile} is missing (apt-get install -y fonts-liberation2)");

    public static void RequirePdfToText()
    {
        RequireFonts();
        Require(PdfToTextPath is not null, "pdftotext is missing (apt-get install -y poppler-utils)");
    }

    /// <summary>
    /// The text of the PDF (or of one page), whitespace collapsed to single spaces; with
    /// <paramref name="layout"/> a table row reads across, without it a column reads down.
    /// </summary>
    public static string Text(byte[] pdf, int? page = null, bool layout = false)
    {
        var file = Path.Combine(Path.GetTempPath(), $"firesafety-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(PdfToTextPath!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            start.ArgumentList.Add("-enc");
            start.ArgumentList.Add("UTF-8");
            if (layout)
            {
                start.ArgumentList.Add("-layout");
            }

            if (page is { } p)
            {
                start.ArgumentList.Add("-f");
                start.ArgumentList.Add(p.ToString());
                start.ArgumentList.Add("-l");
                start.ArgumentList.Add(p.ToString());
            }

            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdftotext exited {process.ExitCode}: {stderr.Result}");
            return Whitespace().Replace(text, " ").Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }

    public enum Outcome
    {
        Run,
        Skip,
        Fail,
    }

    public static Outcome Decide(bool available, string? requireVariable) =>
        available ? Outcome.Run : requireVariable == "1" ? Outcome.Fail : Outcome.Skip;

    private static void Require(bool available, string reason)
    {
        var outcome = Decide(available, Environment.GetEnvironmentVariable(RequireVariable));
        if (outcome == Outcome.Fail)
        {
            throw new InvalidOperationException($"{RequireVariable}=1 but {reason}.");
        }

        Skip.If(outcome == Outcome.Skip, $"{reason}; set {RequireVariable}=1 to fail instead of skipping.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
