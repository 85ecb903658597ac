using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Documents;
using FireSafety.Core.Reporting;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Reporting;

/// <summary>
/// One revision of a year's summary: its figures (each linked to the list it counts), the office's
/// narrative, the workflow (submit, approve or return, record as sent, start a new revision) and
/// the Word and PDF documents.
/// </summary>
public sealed class DetailsModel(
    FireSafetyDbContext db,
    IAuthorizationService authorization,
    ICurrentUser currentUser,
    TimeProvider time,
    ReportingOptions reporting,
    IValidator<DetailsModel.NarrativeInput> narrativeValidator,
    IValidator<DetailsModel.SendInput> sendValidator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    public const int MaxNarrativeLength = 20000;

    public sealed class NarrativeInput
    {
        public string? Assessment { get; set; }

        public string? Direction { get; set; }

        public string? Proposals { get; set; }

        public sealed class Validator : AbstractValidator<NarrativeInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Assessment).MaximumLength(MaxNarrativeLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", MaxNarrativeLength]);
                RuleFor(x => x.Direction).MaximumLength(MaxNarrativeLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", MaxNarrativeLength]);
                RuleFor(x => x.Proposals).MaximumLength(MaxNarrativeLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", MaxNarrativeLength]);
            }
        }
    }

    public sealed class SendInput
    {
        public string? Number { get; set; }

        public DateOnly? SentOn { get; set; }

        public sealed class Validator : AbstractValidator<SendInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Number).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => s["Vui lòng nhập số văn bản đi."])
                    .MaximumLength(50).WithMessage(_ => s["Số văn bản không được dài quá {0} ký tự.", 50]);
                RuleFor(x => x.SentOn).NotNull().WithMessage(_ => s["Vui lòng nhập ngày gửi."]);
            }
        }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public NarrativeInput Narrative { get; set; } = new();

    [BindProperty]
    public SendInput Send { get; set; } = new();

    public AnnualSummary Summary { get; private set; } = null!;

    public SummaryFigures? Figures { get; private set; }

    public bool CanManage { get; private set; }

    public bool CanApprove { get; private set; }

    public bool Intact { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostNarrativeAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.ManageReports, async summary =>
        {
            if (summary.Status != SummaryStatus.Draft)
            {
                return s["Chỉ sửa được báo cáo đang soạn thảo."];
            }

            var result = await narrativeValidator.ValidateAsync(Narrative, cancellationToken);
            if (!result.IsValid)
            {
                result.AddToModelState(ModelState, nameof(Narrative));
                return string.Empty;
            }

            summary.Assessment = Clean(Narrative.Assessment);
            summary.Direction = Clean(Narrative.Direction);
            summary.Proposals = Clean(Narrative.Proposals);
            return null;
        }, s["Đã lưu phần nhận xét, đánh giá."], cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.ManageReports, summary => Task.FromResult(Localize(SummaryWorkflow.Submit(summary, currentUser.UserName ?? string.Empty, Now))), s["Đã trình lãnh đạo phê duyệt."], cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.ApproveReports, summary => Task.FromResult(Localize(SummaryWorkflow.Approve(summary, currentUser.UserName ?? string.Empty, Now))), s["Đã phê duyệt báo cáo."], cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.ApproveReports, summary => Task.FromResult(Localize(SummaryWorkflow.Return(summary))), s["Đã trả lại báo cáo để chỉnh sửa."], cancellationToken);

    public Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.ManageReports, async summary =>
        {
            var result = await sendValidator.ValidateAsync(Send, cancellationToken);
            if (!result.IsValid)
            {
                result.AddToModelState(ModelState, nameof(Send));
                return string.Empty;
            }

            return Localize(SummaryWorkflow.Send(summary, Send.Number!, Send.SentOn!.Value));
        }, s["Đã ghi nhận gửi báo cáo."], cancellationToken);

    /// <summary>A frozen summary changes only as a new revision: a draft with the same narrative, to recompile.</summary>
    public async Task<IActionResult> OnPostNewRevisionAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageReports)).Succeeded)
        {
            return Forbid();
        }

        var summary = await db.AnnualSummaries.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        var latest = await db.AnnualSummaries.Where(x => x.Year == summary.Year).MaxAsync(x => x.Revision, cancellationToken);
        var open = await db.AnnualSummaries.AnyAsync(x => x.Year == summary.Year && (x.Status == SummaryStatus.Draft || x.Status == SummaryStatus.Submitted), cancellationToken);
        if (!summary.IsFrozen || open)
        {
            TempData.Warning(s["Năm {0} đã có bản đang soạn thảo hoặc chờ duyệt.", summary.Year]);
            return RedirectToPage("./Details", new { id = Id });
        }

        var next = new AnnualSummary
        {
            Year = summary.Year,
            Revision = latest + 1,
            Status = SummaryStatus.Draft,
            FiguresJson = summary.FiguresJson,
            CompiledAtUtc = summary.CompiledAtUtc,
            Assessment = summary.Assessment,
            Direction = summary.Direction,
            Proposals = summary.Proposals,
        };
        db.AnnualSummaries.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success(s["Đã tạo bản số {0} để chỉnh sửa.", next.Revision]);
        return RedirectToPage("./Details", new { id = next.Id });
    }

    public Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken) =>
        DocumentAsync("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", OfficialDocx.Write, cancellationToken);

    public Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken) =>
        DocumentAsync("pdf", "application/pdf", OfficialPdf.Write, cancellationToken);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<IActionResult> DocumentAsync(string extension, string contentType, Action<OfficialDocument, Stream> write, CancellationToken cancellationToken)
    {
        var summary = await db.AnnualSummaries.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, cancellationToken);
        if (summary is null || SummarySnapshot.Deserialize(summary.FiguresJson) is not { } figures)
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        write(AnnualSummaryDocument.Build(summary, figures, reporting), stream);
        stream.Position = 0;
        return File(stream, contentType, $"bao-cao-pccc-{summary.Year}-ban-{summary.Revision}.{extension}");
    }

    private string? Localize(string? violation) => violation is null ? null : s[violation].Value;

    /// <summary>
    /// The one path of every change: authorise, load, let the rule decide (a non-null message refuses, shown above the page;
    /// an empty one means the field errors are already in ModelState), save with the version the form
    /// was loaded with, redirect.
    /// </summary>
    private async Task<IActionResult> ActAsync(string policy, Func<AnnualSummary, Task<string?>> change, string done, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }

        var summary = await db.AnnualSummaries.FirstOrDefaultAsync(x => x.Id == Id, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        if (await change(summary) is { } refusal)
        {
            if (refusal.Length > 0)
            {
                ModelState.AddModelError(string.Empty, refusal);
            }

            db.ChangeTracker.Clear();
            return await LoadAsync(cancellationToken, keepInput: true) ? Page() : NotFound();
        }

        db.Entry(summary).Property(x => x.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, s["Báo cáo vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại."]);
            return await LoadAsync(cancellationToken, keepInput: true) ? Page() : NotFound();
        }

        TempData.Success(done);
        return RedirectToPage("./Details", new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken, bool keepInput = false)
    {
        var summary = await db.AnnualSummaries.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, cancellationToken);
        if (summary is null)
        {
            return false;
        }

        Summary = summary;
        Figures = SummarySnapshot.Deserialize(summary.FiguresJson);
        Intact = SummaryWorkflow.IsIntact(summary);
        Version = summary.Version;
        ModelState.Remove(nameof(Version));
        if (!keepInput)
        {
            Narrative = new NarrativeInput { Assessment = summary.Assessment, Direction = summary.Direction, Proposals = summary.Proposals };
            Send = new SendInput { SentOn = VietnamTime.Today(time) };
        }

        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageReports)).Succeeded;
        CanApprove = (await authorization.AuthorizeAsync(User, Permissions.ApproveReports)).Succeeded;
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    public static string LocalTime(DateTime? utc) => IndexModel.LocalTime(utc);
}
