using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using FireSafety.Core.Users;
using FireSafety.TestSupport;

namespace FireSafety.IntegrationTests.Security;

/// <summary>A factory that logs at Information, so the log file shows what the app logs about requests.</summary>
public sealed class VerboseLogFactory : FireSafetyFactory
{
    public VerboseLogFactory() => With("Serilog:MinimumLevel:Default", "Information");
}

/// <summary>
/// "Input and files": every form (every POST handler of every page in the endpoint list, reached
/// through the forms each role can open) gets random hostile text in every free-text field —
/// oversized, control characters, mixed scripts, markup and script injection, SQL-ish — with a
/// valid antiforgery token, as the office and as a unit head. Never a 500; an invalid post writes
/// nothing and shows a Vietnamese message; an accepted value never comes back as live markup; the
/// log file keeps one event per line.
/// </summary>
public sealed partial class BadInputTests(VerboseLogFactory factory) : IClassFixture<VerboseLogFactory>
{
    /// <summary>Seed for the random values (CsCheck); a failure prints the seed to re-run with.</summary>
    private const string Seed = "0N0XIzNsQ0O2";

    /// <summary>
    /// POST handlers no office or unit-head form reaches, with the reason; any other handler must be
    /// reached, or the coverage check fails naming it.
    /// </summary>
    private static readonly Dictionary<string, string> NotReached = new(StringComparer.Ordinal)
    {
        ["/Account/Login"] = "anonymous sign-in (Identity's own validation; lockout tests)",
        ["/Account/LoginWith2fa"] = "anonymous two-factor step",
        ["/Account/Logout"] = "signs the client out",
        ["/Culture"] = "language switch (cookie only, return URL checked by its own test)",
        ["/Error"] = "error page",
        ["/StatusCode"] = "status code page",
    };

    /// <summary>Handlers that answer with the page again on success (a preview, one more table row, new codes).</summary>
    private static readonly string[] ShownAgainByDesign = ["/Directives/Import?handler=Parse ", "?handler=AddRow ", "/Account/TwoFactor?handler=RecoveryCodes "];

    /// <summary>Longer than any field allows (the longest, an annual summary's narrative, takes 20,000).</summary>
    private const int OversizedLength = 20_001;

    private static readonly Regex Vietnamese = VietnameseLetters();

    /// <summary>Short posts that were stored: proof the rendering checks saw user text at all.</summary>
    private List<string> Accepted { get; } = [];

    [Fact]
    public async Task EveryForm_SurvivesHostileText_AsOfficeAndUnitHead()
    {
        var pages = await PageHandlers.AllAsync(factory.Services);
        var walker = new FormWalker(factory);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var account in new[] { DemoAccounts.Office, DemoAccounts.UnitHead, DemoAccounts.Admin })
        {
            var client = new PageClient(factory.CreateAppClient());
            await client.SignInAsync(account);
            var targets = (await walker.TargetsAsync(client, account, pages)).Where(t => !reached.Contains(t.Key) || account != DemoAccounts.Admin).ToList();
            reached.UnionWith(targets.Select(t => t.Key));
            await Payload.SampleAsync(async payload =>
            {
                foreach (var target in targets)
                {
                    await PostFormAsync(client, account, target, payload.Text, failures);
                }
            }, seed: Seed, iter: 1, threads: 1);
        }

        // Handlers whose button shows only in another state of the record (verify a fixed action,
        // return a submitted report, …): posted straight to the page of the UnitHead's own record
        // with every text property the handler binds, as an office user.
        var office = new PageClient(factory.CreateAppClient());
        await office.SignInAsync(DemoAccounts.Office);
        var placeholders = await PermissionsMatrixTests.PlaceholdersAsync(factory);
        await Payload.SampleAsync(async payload =>
        {
            foreach (var page in pages)
            {
                foreach (var handler in page.PostHandlers.Where(h => !reached.Contains(PageHandlers.Describe(page.Path, h.Name)) && !NotReached.ContainsKey(PageHandlers.Describe(page.Path, h.Name))))
                {
                    var row = PermissionsMatrixTests.Matrix().FirstOrDefault(r => PermissionsMatrixTests.PathOnly(r.Page) == IdPlaceholder().Replace(page.Path + (page.HasIdInRoute ? "/{x}" : string.Empty), "{x}"));
                    if (row is null)
                    {
                        continue;
                    }

                    var url = placeholders.Aggregate(row.Page, (u, p) => u.Replace(p.Key, p.Value, StringComparison.Ordinal));
                    var fields = TextProperties(page).ToList();
                    var key = PageHandlers.Describe(page.Path, handler.Name);
                    // No form of these handlers is on the page in this state, so a refusal has no field to show
                    // its message next to: only "no 500, nothing written, no live markup" is asked of them.
                    await PostAsync(office, DemoAccounts.Office, key, url, PageHandlers.Describe(url, handler.Name), [.. fields.Select(f => new KeyValuePair<string, string>(f, string.Empty))], [.. fields], payload.Text, failures, requireMessage: false);
                    reached.Add(key);
                }
            }
        }, seed: Seed, iter: 1, threads: 1);

        var unreached = FormWalker.PostHandlerKeys(pages).Distinct().Where(k => !reached.Contains(k) && !NotReached.ContainsKey(k)).ToList();
        failures.AddRange(unreached.Select(k => $"{k}: a POST handler no form reaches; list it in NotReached with a reason, or make its page reachable"));
        failures.AddRange(await LogFailuresAsync());
        if (Accepted.Count < 15)
        {
            failures.Add($"only {Accepted.Count} forms stored the hostile text, so the rendering checks prove little: {string.Join(", ", Accepted)}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(60)));
    }

    /// <summary>Values no number, date or choice field may accept (they do not parse, or name nothing).</summary>
    private static readonly Dictionary<string, string[]> Garbage = new(StringComparer.Ordinal)
    {
        ["number"] = ["NaN", "1e309", "abc", "Infinity", "12,5,3", "99999999999999999999", "-99999999999999999999"],
        ["date"] = ["31/02/2026", "2026-02-31", "2026-13-01", "abc", "0000-00-00", "20260101", "2026-01-01'--"],
        ["datetime-local"] = ["2026-02-31T25:61", "abc", "0000-00-00T00:00", "2026-01-01T24:00"],
        ["select"] = ["999999999", "abc", "-2147483649", "NaN"],
    };

    /// <summary>Values that parse but lie at the edge (negative, zero, the calendar's ends): never a 500, and a refusal says why.</summary>
    private static readonly Dictionary<string, string[]> Extreme = new(StringComparer.Ordinal)
    {
        ["number"] = ["-1", "0", "-2147483648", "2147483647", "1e308", "0.0000001", "0x10"],
        ["date"] = ["0001-01-01", "9999-12-31", "1900-01-01"],
        ["datetime-local"] = ["0001-01-01T00:00", "9999-12-31T23:59"],
        ["select"] = ["0", "-1", "2147483647"],
    };

    /// <summary>
    /// Number, date and date-time inputs and drop-down lists of every form the office and a unit head
    /// can open: garbage in one field at a time (the others as the form shows them) must be refused
    /// with a Vietnamese message and write nothing; edge values in all of them at once must never
    /// answer 500, and a refusal says why and writes nothing.
    /// </summary>
    [Fact]
    public async Task EveryForm_SurvivesHostileNumbersAndDates_AsOfficeAndUnitHead()
    {
        var pages = await PageHandlers.AllAsync(factory.Services);
        var walker = new FormWalker(factory);
        var failures = new List<string>();
        var fuzzedFields = 0;
        foreach (var account in new[] { DemoAccounts.Office, DemoAccounts.UnitHead })
        {
            var client = new PageClient(factory.CreateAppClient());
            await client.SignInAsync(account);
            var targets = await walker.TargetsAsync(client, account, pages);
            await Gen.Int[0, 1_000_000].Array[8].SampleAsync(async picks =>
            {
                foreach (var target in targets)
                {
                    if (await FormWalker.FormAsync(client, target) is not var (form, values))
                    {
                        continue;
                    }

                    var fields = FormWalker.NumberDateAndChoiceFields(form);
                    var n = 0;
                    foreach (var (field, kind) in fields)
                    {
                        var bad = Garbage[kind][picks[n++ % picks.Length] % Garbage[kind].Length];
                        var current = await FormWalker.FormAsync(client, target) is var (_, fresh) ? fresh : values;
                        var label = $"{account.Role} {target.Key} ({field} = \"{bad}\")";
                        if (await PostOnceAsync(client, label, target.Action, [.. current.Select(v => v.Key == field ? new KeyValuePair<string, string>(field, bad) : v)], true, failures, requireMessage: true))
                        {
                            failures.Add($"{label}: accepted and stored");
                        }

                        fuzzedFields++;
                    }

                    if (fields.Count > 0 && await FormWalker.FormAsync(client, target) is var (_, again))
                    {
                        var edge = fields.ToDictionary(f => f.Key, f => Extreme[f.Value][picks[n++ % picks.Length] % Extreme[f.Value].Length]);
                        var label = $"{account.Role} {target.Key} (edge values {string.Join(", ", edge.Select(e => $"{e.Key} = {e.Value}"))})";
                        await PostOnceAsync(client, label, target.Action, [.. again.Select(v => edge.TryGetValue(v.Key, out var e) ? new KeyValuePair<string, string>(v.Key, e) : v)], false, failures, requireMessage: true);
                    }
                }
            }, seed: Seed, iter: 1, threads: 1);
        }

        Assert.True(fuzzedFields >= 30, $"only {fuzzedFields} number, date and choice fields were found: the form walk lost its way?");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(60)));
    }

    /// <summary>
    /// A request path carrying CR/LF, other control characters, an escape sequence and a bidi override (the request log
    /// writes the path): the log file still has one event per line, with the characters escaped.
    /// </summary>
    [Fact]
    public async Task LogLines_KeepTheirShape_WhenARequestPathCarriesNewlinesAndControlCharacters()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Office);
        var anonymous = factory.CreateAppClient();
        const string Forged = "%0D%0A[ERR]%20gi%E1%BA%A3%20m%E1%BA%A1o%20d%C3%B2ng%20log%0D%0A%01%1B[31m%E2%80%AE%0B%0C";
        foreach (var url in new[] { $"/Facilities/Details/1{Forged}", $"/Facilities{Forged}", $"/Khong-co{Forged}", $"/Actions{Forged}", $"/Tasks{Forged}", $"/Units/{Forged}" })
        {
            Assert.True((int)(await client.Http.GetAsync(new Uri(url, UriKind.Relative))).StatusCode < 500, url);
            Assert.True((int)(await anonymous.GetAsync(new Uri(url, UriKind.Relative))).StatusCode < 500, url);
        }

        var failures = await LogFailuresAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(20)));
        Assert.True(await LogContainsAsync("giả mạo dòng log"), "the forged text never reached the log file, so the check proves nothing: is the request logged at Information?");
    }

    private async Task<bool> LogContainsAsync(string text)
    {
        var folder = Path.Combine(factory.Directory, "logs");
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder) : [])
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            if ((await reader.ReadToEndAsync()).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A mix of every kind of hostile text (one of each category per sample).</summary>
    public sealed record HostileText(string Text);

    private static readonly Gen<HostileText> Payload =
        Gen.Select(
            Gen.OneOf<string>("\0", "\u0001", "\u202E", "\r\n[ERR] giả mạo dòng log\r\n", "\u001b[31m", "\t\v\f"),
            Gen.OneOf<string>("Kiểm tra phòng cháy chữa cháy", "Tiếng Việt tổ hợp: Nghe\u0323 An, Đa\u0306\u0301k La\u0306\u0301k", "مرحبا بالعالم", "🔥🧯🚒 👨‍👩‍👧", "漢字かな交じり"),
            Gen.OneOf<string>("\"><script>x('xss-marker')</script><img src=x onerror=x('xss-marker')>", "'><svg onload=x('xss-marker')><script>x('xss-marker')</script>", "<a href=\"javascript:x('xss-marker')\">x</a><script>x('xss-marker')</script>"),
            Gen.OneOf<string>("' OR '1'='1' --", "'; DROP TABLE Units; --", "1; SELECT * FROM AspNetUsers", "%27%20OR%201=1", "\\' UNION SELECT NULL--"),
            Gen.String[0, 10])
        .Select((control, script, injection, sql, random) => new HostileText($"javascript:x('xss-marker')//{script}{control}{injection} {sql}{random}"));

    /// <summary>Posts the form twice: the hostile text as is, then the same made oversized.</summary>
    private async Task PostFormAsync(PageClient client, DemoAccounts.Account account, FormWalker.FormTarget target, string text, List<string> failures)
    {
        if (await FormWalker.FormAsync(client, target) is not var (form, values))
        {
            return;
        }

        var textFields = FormWalker.TextFields(form);
        // A form without free text (delete, confirm): its hidden values get the hostile text instead.
        var fuzzed = textFields.Count > 0 ? textFields : [.. values.Select(v => v.Key).Where(k => k != "__RequestVerificationToken")];
        // After an accepted post the form is read again (a new version, the same record).
        async Task<List<KeyValuePair<string, string>>> Refresh() => await FormWalker.FormAsync(client, target) is var (_, fresh) ? fresh : values;
        await PostAsync(client, account, target.Key, target.PageUrl, target.Action, values, fuzzed, text, failures, refresh: Refresh);
    }

    /// <summary>
    /// The hostile text in every fuzzed field; then oversized: in every field at once, or, for the
    /// office (which reaches every form) when the short text was accepted, in one field at a time with
    /// the accepted text in the others — so a single field's missing length rule is not hidden by
    /// another field's.
    /// </summary>
    private async Task PostAsync(PageClient client, DemoAccounts.Account account, string key, string pageUrl, string action, List<KeyValuePair<string, string>> values, HashSet<string> fuzzed, string text, List<string> failures, bool requireMessage = true, Func<Task<List<KeyValuePair<string, string>>>>? refresh = null)
    {
        var token = values.Any(v => v.Key == "__RequestVerificationToken") ? [] : await TokenAsync(client, pageUrl);
        List<KeyValuePair<string, string>> With(Func<string, string?> value) => [.. values.Where(v => token.Length == 0 || v.Key != "__RequestVerificationToken")
            .Select(v => value(v.Key) is { } fuzz ? new KeyValuePair<string, string>(v.Key, fuzz) : v)
            .Concat(token.Select(t => new KeyValuePair<string, string>("__RequestVerificationToken", t)))];
        var big = text + new string('Đ', OversizedLength);
        var accepted = await PostOnceAsync(client, $"{account.Role} {key} (short)", action, With(k => fuzzed.Contains(k) ? text : null), false, failures, requireMessage);
        if (accepted && account == DemoAccounts.Office && requireMessage)
        {
            foreach (var field in fuzzed)
            {
                values = refresh is null ? values : await refresh();
                await PostOnceAsync(client, $"{account.Role} {key} (oversized {field})", action, With(k => k == field ? big : fuzzed.Contains(k) ? text : null), true, failures, requireMessage);
            }
        }
        else
        {
            await PostOnceAsync(client, $"{account.Role} {key} (oversized)", action, With(k => fuzzed.Contains(k) ? big : null), true, failures, requireMessage);
        }
    }

    private static async Task<string[]> TokenAsync(PageClient client, string pageUrl)
    {
        var page = await client.Http.GetAsync(pageUrl);
        var token = (await page.DocumentAsync()).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        return token is null ? [] : [token];
    }

    /// <summary>Names a browser would post for the page's bound string properties ("Reject.Reason", "Text").</summary>
    private static IEnumerable<string> TextProperties(AppPage page)
    {
        foreach (var property in page.Descriptor.BoundProperties)
        {
            if (property.ParameterType == typeof(string))
            {
                yield return property.Name;
            }
            else if (property.ParameterType.IsClass && property.ParameterType.Namespace?.StartsWith("FireSafety", StringComparison.Ordinal) == true)
            {
                foreach (var inner in property.ParameterType.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite))
                {
                    yield return $"{property.Name}.{inner.Name}";
                }
            }
        }
    }

    /// <returns>True when the post was accepted (a redirect other than to sign-in or access denied).</returns>
    private async Task<bool> PostOnceAsync(PageClient client, string label, string action, List<KeyValuePair<string, string>> posted, bool oversized, List<string> failures, bool requireMessage)
    {
        var before = await DatabaseState.ReadAsync(factory.DatabasePath);
        var response = await client.Http.PostAsync(action, new FormUrlEncodedContent(posted));
        // Data changes; the audit trail's own rows only count when they record a data change (not a login).
        var changes = before.ChangesTo(await DatabaseState.ReadAsync(factory.DatabasePath))
            .Where(c => c.Table != "AuditEntries" || c.After?.GetValueOrDefault("Action") is "0" or "1" or "2").ToList();
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{label}: answered {(int)response.StatusCode}");
            return false;
        }

        var html = await response.Content.ReadAsStringAsync();
        failures.AddRange(LiveMarkup(html).Select(m => $"{label}: the answer renders {m}"));
        var accepted = false;
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.RedirectTarget();
            if (!location.Contains("/Account/", StringComparison.Ordinal))
            {
                // The page the app shows next displays what was saved.
                var shown = await client.Http.GetAsync(location);
                failures.AddRange(LiveMarkup(await shown.Content.ReadAsStringAsync()).Select(m => $"{label}: {location} renders {m}"));
                accepted = changes.Count > 0;
                if (accepted && !oversized)
                {
                    Accepted.Add(label);
                }
            }
        }

        var stored = changes.Where(c => c.Table != "AuditEntries" && c.After is not null && c.After.Values.Any(v => v is not null && v.Length > OversizedLength)).ToList();
        failures.AddRange(stored.Select(c => $"{label}: stored an oversized value in {c.Table}"));
        var storedControl = changes.Where(c => c.After is not null && c.After.Values.Any(v => v is not null && v.Contains('\0', StringComparison.Ordinal))).ToList();
        failures.AddRange(storedControl.Select(c => $"{label}: stored a NUL character in {c.Table}"));

        // Shown again (200) = refused: it says why, in Vietnamese, and wrote nothing.
        if (response.StatusCode == HttpStatusCode.OK && (oversized || changes.Count == 0) && !ShownAgainByDesign.Any(h => label.Contains(h, StringComparison.Ordinal)))
        {
            var document = await PageClient.ParseAsync(html);
            var messages = document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, .alert-danger, .alert-warning, .text-danger")
                .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
            if (requireMessage && !messages.Any(m => Vietnamese.IsMatch(m)))
            {
                failures.Add($"{label}: shown again without a Vietnamese message");
            }

            if (changes.Count > 0)
            {
                failures.Add($"{label}: refused but wrote {changes.Count} rows: {changes[0]}");
            }
        }

        return accepted;
    }

    /// <summary>Script elements, on* attributes and javascript: URLs that carry the injected marker.</summary>
    private static IEnumerable<string> LiveMarkup(string html)
    {
        var document = PageClient.ParseAsync(html).GetAwaiter().GetResult();
        foreach (var element in document.All)
        {
            if (element.LocalName == "script" && element.TextContent.Contains("xss-marker", StringComparison.Ordinal))
            {
                yield return "a <script> element from the input";
            }

            foreach (var attribute in element.Attributes)
            {
                var value = attribute.Value.Trim();
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && value.Contains("xss-marker", StringComparison.Ordinal))
                {
                    yield return $"a live {attribute.Name} attribute on <{element.LocalName}>";
                }

                if (attribute.Name is "href" or "src" or "action" or "formaction" && value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) && value.Contains("xss-marker", StringComparison.Ordinal))
                {
                    yield return $"a javascript: {attribute.Name} on <{element.LocalName}>";
                }
            }
        }
    }

    /// <summary>Every log line starts with a timestamp and holds no raw control character from the input.</summary>
    private async Task<List<string>> LogFailuresAsync()
    {
        await Task.Delay(1500); // the file sink is asynchronous
        var failures = new List<string>();
        var folder = Path.Combine(factory.Directory, "logs");
        var lines = new List<string>();
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder) : [])
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            lines.AddRange((await reader.ReadToEndAsync()).Split('\n'));
        }

        if (lines.Count < 10)
        {
            failures.Add("the log file holds too few lines to check: the logging hook changed?");
        }

        var timestamp = LogLineStart();
        var inEvent = false;
        foreach (var line in lines.Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0))
        {
            if (timestamp.IsMatch(line))
            {
                inEvent = true;
            }
            else if (!inEvent || line.Contains("xss-marker", StringComparison.Ordinal) || line.Contains("giả mạo dòng log", StringComparison.Ordinal) || !(line.StartsWith(' ') || line.Contains("Exception", StringComparison.Ordinal)))
            {
                failures.Add($"log line without its own timestamp (a newline from the input?): {line[..Math.Min(line.Length, 120)]}");
            }

            if (line.Any(c => c is '\0' or '\u0001' or '\u202E' or '\u001b' or '\v' or '\f'))
            {
                failures.Add($"raw control character in a log line: {line[..Math.Min(line.Length, 120)]}");
            }
        }

        return failures;
    }

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex IdPlaceholder();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} [+-]\d\d:\d\d \[[A-Z]{3}\]")]
    private static partial Regex LogLineStart();

    [GeneratedRegex("[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetters();
}
