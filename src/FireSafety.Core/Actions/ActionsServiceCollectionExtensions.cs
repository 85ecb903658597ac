using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.Core.Actions;

public static class ActionsServiceCollectionExtensions
{
    /// <summary>Binds the "CorrectiveActions" section and registers <see cref="CorrectiveActions"/> (scoped) and its daily reminders.</summary>
    public static IServiceCollection AddCorrectiveActions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CorrectiveActionOptions>()
            .Bind(configuration.GetSection(CorrectiveActionOptions.Section))
            .Validate(o => o.DefaultDueDays is >= 0 and <= 365, "CorrectiveActions:DefaultDueDays must be between 0 and 365.")
            .Validate(o => o.DueSoonDays is >= 0 and <= 60, "CorrectiveActions:DueSoonDays must be between 0 and 60.")
            .ValidateOnStart();
        services.AddScoped<CorrectiveActions>();
        services.AddScoped<Jobs.IDailyWork, ActionReminders>();
        return services;
    }
}
