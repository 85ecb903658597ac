using FireSafety.Core.Common;
using FireSafety.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// A confirmation page that deletes one versioned record (the unit scope and the audit trail
/// apply through the context): GET shows it, POST deletes the version that was shown, or says
/// someone changed it meanwhile. Pages give the messages.
/// </summary>
public abstract class DeleteRecordModel<TRecord>(FireSafetyDbContext db, IStringLocalizer<SharedResource> s) : PageModel
    where TRecord : class, IVersioned
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public TRecord? Item { get; private set; }

    /// <summary>Shown when the record changed after the page was opened.</summary>
    protected abstract string ChangedMessage { get; }

    /// <summary>Shown after the deletion.</summary>
    protected abstract string DeletedMessage { get; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Item = await db.Set<TRecord>().AsNoTracking().FirstOrDefaultAsync(r => EF.Property<int>(r, "Id") == Id, cancellationToken);
        if (Item is null)
        {
            return NotFound();
        }

        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var record = await db.Set<TRecord>().FirstOrDefaultAsync(r => EF.Property<int>(r, "Id") == Id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = Version;
        db.Set<TRecord>().Remove(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Warning(s[ChangedMessage]);
            return RedirectToPage("./Index");
        }

        TempData.Success(s[DeletedMessage]);
        return RedirectToPage("./Index");
    }
}
