using PdfSharp.Fonts;

namespace FireSafety.Core.Documents;

/// <summary>
/// The one PDFsharp font resolver of the process. PDFsharp's Core build has no fonts of its own
/// on Linux, and its resolver may be set only once per process, so <see cref="EnsureInstalled"/>
/// sets it under a lock the first time a PDF is written (test hosts start several times).
/// Every family resolves to Times New Roman metrics: Liberation Serif 2.x on Debian
/// (fonts-liberation2, which has the Vietnamese glyphs; 1.x does not), or Times New Roman itself
/// on Windows.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    /// <summary>The family name the writer asks for.</summary>
    public const string FamilyName = "Times New Roman";

    /// <summary>Where Debian's fonts-liberation2 puts Liberation Serif 2.</summary>
    public const string LiberationDirectory = "/usr/share/fonts/truetype/liberation2";

    private static readonly Lock Gate = new();
    private static PdfFonts? installed;

    private readonly Dictionary<string, byte[]> faces;

    private PdfFonts(Dictionary<string, byte[]> faces) => this.faces = faces;

    /// <summary>Sets the resolver once per process; throws with what to install when no font is found.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (installed is not null)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is { } other)
            {
                throw new InvalidOperationException(
                    $"Another PDFsharp font resolver ({other.GetType().FullName}) is already set; official documents need {typeof(PdfFonts).FullName}.");
            }

            var fonts = Load(Candidates());
            GlobalFontSettings.FontResolver = fonts;
            installed = fonts;
        }
    }

    /// <summary>Reads the first complete set of four faces (regular, bold, italic, bold italic).</summary>
    internal static PdfFonts Load(IEnumerable<FontSet> candidates)
    {
        var looked = new List<string>();
        foreach (var set in candidates)
        {
            var paths = set.Files.Select(f => Path.Combine(set.Directory, f)).ToArray();
            looked.Add(set.Directory);
            if (!paths.All(File.Exists))
            {
                continue;
            }

            var faces = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            for (var i = 0; i < paths.Length; i++)
            {
                faces[FaceNames[i]] = File.ReadAllBytes(paths[i]);
            }

            return new PdfFonts(faces);
        }

        throw new InvalidOperationException(
            "No Times New Roman compatible font for PDF documents. Install Liberation Serif 2 "
            + $"(Debian: apt-get install fonts-liberation2, files LiberationSerif-*.ttf in {LiberationDirectory}); "
            + "the older fonts-liberation 1.x has no Vietnamese glyphs. Looked in: " + string.Join(", ", looked) + ".");
    }

    internal static IEnumerable<FontSet> Candidates()
    {
        yield return new FontSet(LiberationDirectory, ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"]);
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        if (windows.Length > 0)
        {
            yield return new FontSet(windows, ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"]);
        }
    }

    private static readonly string[] FaceNames = ["Regular", "Bold", "Italic", "BoldItalic"];

    /// <inheritdoc />
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            _ => "Regular",
        });

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faces.GetValueOrDefault(faceName);

    /// <summary>Four font files (regular, bold, italic, bold italic) in one directory.</summary>
    internal sealed record FontSet(string Directory, string[] Files);
}
