using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Training;

/// <summary>What Create and Edit share: the bound input, the unit list, validation with the scope check.</summary>
public abstract class RecordFormModel(FireSafetyDbContext db, IValidator<RecordInput> validator, IStringLocalizer<SharedResource> s)
    : UnitRecordFormModel<RecordInput>(db, validator, s);
