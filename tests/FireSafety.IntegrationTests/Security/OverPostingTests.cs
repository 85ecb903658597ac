using System.Globalization;
using AngleSharp.Html.Dom;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Security;

/// <summary>
/// AC4: no over-posting. Every form a unit head can open (found from the endpoint list and
/// docs/permissions.md, see <see cref="FormWalker"/>) is posted with plausible values plus fields
/// the form does not have — another unit's id, a status, a creator, a version, an id — and every row
/// the post wrote keeps the values the application chose.
/// </summary>
public sealed class OverPostingTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private const string Forged = "ke-gia-mao";
    private const string ForgedStatus = "3";
    private const string ForgedVersion = "999";

    [Fact]
    public async Task EveryForm_IgnoresFieldsItDoesNotHave_AsUnitHead()
    {
        var pages = await PageHandlers.AllAsync(factory.Services);
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);
        int otherUnitId;
        HashSet<string> ownUnits;
        await using (var scope = factory.Database())
        {
            otherUnitId = await scope.Db.Units.Where(u => u.Code == DemoAccounts.OtherUnitHead.UnitCode).Select(u => u.Id).SingleAsync();
            var ownPath = await scope.Db.Units.Where(u => u.Code == DemoAccounts.UnitHead.UnitCode).Select(u => u.Path).SingleAsync();
            ownUnits = [.. (await scope.Db.Units.Where(u => u.Path.StartsWith(ownPath)).Select(u => u.Id).ToListAsync()).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        }

        var other = otherUnitId.ToString(CultureInfo.InvariantCulture);
        var targets = (await new FormWalker(factory).TargetsAsync(client, DemoAccounts.UnitHead, pages))
            .Where(t => !t.Key.StartsWith("/Account/", StringComparison.Ordinal)).ToList();
        var failures = new List<string>();
        var wrote = new List<string>();
        var wroteNothing = new List<string>();
        foreach (var target in targets)
        {
            if (await FormWalker.FormAsync(client, target) is not var (form, values))
            {
                continue;
            }

            var posted = values.Select(v => Plausible(form, v)).ToList();
            var rendered = posted.Select(v => v.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // "Input.Id" too (an unprefixed "Id" is the route's record id, which the unit scope guards: AC2).
            posted.Add(new("Input.Id", "1"));
            foreach (var prefix in new[] { string.Empty, "Input." })
            {
                foreach (var (name, value) in new (string, string)[]
                {
                    ("UnitId", other), ("Status", ForgedStatus), ("CreatedBy", Forged), ("CreatedByUserId", Forged), ("CreatedByName", Forged),
                    ("ReportedBy", Forged), ("UploadedByUserId", Forged), ("Version", ForgedVersion),
                })
                {
                    if (!rendered.Contains(prefix + name))
                    {
                        posted.Add(new(prefix + name, value));
                    }
                }
            }

            var before = await DatabaseState.ReadAsync(factory.DatabasePath);
            var response = await client.Http.PostAsync(target.Action, new FormUrlEncodedContent(posted));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{target.Key}: answered {(int)response.StatusCode}");
                continue;
            }

            var changes = before.ChangesTo(await DatabaseState.ReadAsync(factory.DatabasePath), "AuditEntries", "Notifications");
            if (changes.Count > 0)
            {
                wrote.Add(target.Key);
            }
            else
            {
                var errors = (await response.DocumentAsync()).QuerySelectorAll(".field-validation-error, .validation-summary-errors li").Select(e => e.TextContent.Trim());
                wroteNothing.Add($"{target.Key} [{(int)response.StatusCode} {string.Join("; ", errors)}]");
            }

            foreach (var change in changes.Where(c => c.After is not null))
            {
                foreach (var (column, value) in change.After!)
                {
                    var old = change.Before?.GetValueOrDefault(column);
                    var changed = change.Before is null || old != value;
                    var forged = column switch
                    {
                        "UnitId" => changed && value is not null && !ownUnits.Contains(value),
                        "Status" => changed && value == ForgedStatus && !rendered.Any(r => r.EndsWith("Status", StringComparison.OrdinalIgnoreCase)),
                        "Version" => value == ForgedVersion,
                        _ when column.EndsWith("By", StringComparison.Ordinal) || column.EndsWith("ByUserId", StringComparison.Ordinal) || column.EndsWith("ByName", StringComparison.Ordinal) => value == Forged,
                        _ => false,
                    };
                    if (forged)
                    {
                        failures.Add($"{target.Key}: the posted extra field set {change.Table}.{column} = {value}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // Proof the posts were good enough to be stored: most forms wrote something.
        Assert.True(wrote.Count >= 12, $"only {wrote.Count} forms wrote anything ({string.Join(", ", wrote)}); wrote nothing: {string.Join(", ", wroteNothing)}");
    }

    /// <summary>A value a person would type for an empty field (text, a date, a number), so the form passes validation.</summary>
    private static KeyValuePair<string, string> Plausible(IHtmlFormElement form, KeyValuePair<string, string> field)
    {
        if (field.Value.Length > 0 || field.Key == "__RequestVerificationToken")
        {
            return field;
        }

        var element = form.Elements.FirstOrDefault(e => e.GetAttribute("name") == field.Key);
        var type = element is IHtmlTextAreaElement ? "textarea" : element?.GetAttribute("type") ?? "text";
        var value = type switch
        {
            "date" => DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "datetime-local" => DateTime.UtcNow.AddHours(6).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            "time" => "08:30",
            "number" => "2",
            "email" => "kiemtra@stp.gov.vn",
            "tel" => "0912345678",
            "hidden" => field.Value,
            _ => "Nội dung kiểm tra",
        };
        return new(field.Key, value);
    }
}
