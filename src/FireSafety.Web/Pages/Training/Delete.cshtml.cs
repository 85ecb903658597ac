using FireSafety.Core.Data;
using FireSafety.Core.Training;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Training;

/// <summary>Deletes a training record after a confirmation page (the audit trail keeps it).</summary>
[Authorize(Policy = Permissions.ManageTraining)]
public sealed class DeleteModel(FireSafetyDbContext db, IStringLocalizer<SharedResource> s) : DeleteRecordModel<TrainingRecord>(db, s)
{
    protected override string ChangedMessage => "Hồ sơ vừa được người khác sửa; hãy xem lại trước khi xóa.";

    protected override string DeletedMessage => "Đã xóa hồ sơ huấn luyện.";
}
