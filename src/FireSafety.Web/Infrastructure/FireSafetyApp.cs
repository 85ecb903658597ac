using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using FireSafety.Core.Actions;
using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Core.Evidence;
using FireSafety.Core.Incidents;
using FireSafety.Core.Inspections;
using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;
using FireSafety.Core.Reporting;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using FireSafety.Web.Jobs;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace FireSafety.Web.Infrastructure;

/// <summary>Composes the web host: services, security, and the request pipeline.</summary>
public static class FireSafetyApp
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        ConfigureServices(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var security = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(security);

        services.AddSerilog((sp, logger) => Logging.Configure(logger, configuration, builder.Environment, sp), preserveStaticLogger: true);

        // Razor would otherwise write every Vietnamese letter as an HTML entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese, English];
            o.SupportedUICultures = [Vietnamese, English];
            // Only the user's explicit choice counts: a browser set to English must not override
            // the Vietnamese default of a Vietnamese public office.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddFireSafetyDatabase(configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<UnitTree>();
        services.AddScoped<FireSafety.Core.Dashboard.DashboardQueries>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<FireSafety.Core.Data.Scale.ScaleSeeder>();
        services.AddScoped<AccountAuditor>();
        services.AddHostedService<StartupTasks>();
        services.AddValidatorsFromAssemblyContaining<SecurityOptions>(ServiceLifetime.Scoped);
        services.AddEvidenceStore(configuration, builder.Environment.ContentRootPath);
        services.AddScoped<EvidenceUploads>();
        services.AddScoped<EvidenceDownload>();
        services.AddScoped<NotificationBell>();
        services.AddScoped<Notifier>();
        services.AddScoped<TaskAssigner>();
        services.AddCorrectiveActions(configuration);
        services.AddScoped<SelfInspections>();
        services.AddScoped<JobLeases>();
        services.AddScoped<Pages.Difficulties.DifficultyThread>();
        services.AddScoped<IDailyWork, RhythmPeriodOpener>();
        services.AddScoped<IDailyWork, AssignmentReminders>();
        services.AddScoped<FireSafety.Core.Equipment.EquipmentChecks>();
        services.AddScoped<IDailyWork, FireSafety.Core.Equipment.EquipmentReminders>();
        services.AddScoped<IDailyWork, FireSafety.Core.RiskPoints.RiskReviewReminders>();
        services.AddSingleton(configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions());
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<IDailyWork, EmailDigest>();
        services.AddSingleton((configuration.GetSection(FireSafety.Core.Training.TrainingOptions.Section).Get<FireSafety.Core.Training.TrainingOptions>() ?? new FireSafety.Core.Training.TrainingOptions()).Validated());
        services.AddScoped<IDailyWork, FireSafety.Core.Training.CertificateReminders>();
        services.AddSingleton((configuration.GetSection(InspectionOptions.Section).Get<InspectionOptions>() ?? new InspectionOptions()).Validated());
        services.AddScoped<IDailyWork, InspectionReminders>();
        services.AddSingleton((configuration.GetSection(FireSafety.Core.Plans.PlanOptions.Section).Get<FireSafety.Core.Plans.PlanOptions>() ?? new FireSafety.Core.Plans.PlanOptions()).Validated());
        services.AddScoped<IDailyWork, FireSafety.Core.Plans.PlanReminders>();
        services.AddSingleton(configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions());
        services.AddSingleton<DailyJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DailyJob>());
        services.AddScoped<ISummarySection, SituationSection>();
        services.AddScoped<ISummarySection, DisseminationSection>();
        services.AddScoped<ISummarySection, SelfInspectionsSection>();
        services.AddScoped<ISummarySection, PlansSection>();
        services.AddScoped<ISummarySection, EquipmentSection>();
        services.AddScoped<ISummarySection, TrainingSection>();
        services.AddScoped<ISummarySection, IncidentsSection>();
        services.AddScoped<ISummarySection, DirectiveTasksSection>();
        services.AddScoped<AnnualSummaryCompiler>();
        services.AddScoped<AnnualSummaries>();
        services.AddSingleton(configuration.GetSection(ReportingOptions.Section).Get<ReportingOptions>() ?? new ReportingOptions());
        services.AddSingleton(configuration.GetSection(AnnualSummaryOptions.Section).Get<AnnualSummaryOptions>() ?? new AnnualSummaryOptions());
        services.AddSingleton<AnnualSummaryJob>();
        services.AddHostedService(sp => sp.GetRequiredService<AnnualSummaryJob>());
        services.AddScoped<IncidentTotals>();

        services.Configure<PasswordHasherOptions>(o => o.IterationCount = SecurityOptions.PasswordHashIterations);
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = SecurityOptions.MinimumPasswordLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = true; // see UserConfirmation: disabled accounts
            })
            .AddEntityFrameworkStores<FireSafetyDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        services.AddScoped<IUserConfirmation<AppUser>, UserConfirmation>();
        SessionCookies.Configure(services, security);

        services.AddDataProtection()
            .SetApplicationName("FireSafety")
            .PersistKeysToDbContext<FireSafetyDbContext>();

        services.AddAuthorization(o =>
        {
            Permissions.AddPolicies(o);
            // Deny by default: an endpoint with no policy still needs a signed-in user.
            o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        services.AddSingleton<UploadRateLimiter>();
        services.AddScoped<UploadRateLimitFilter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            // Only sign-in attempts (POST) count; showing the form is free.
            o.AddPolicy(RateLimits.Login, context => !HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("form")
                : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = security.LoginRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Admin", Permissions.Administer);
                o.Conventions.AuthorizeFolder("/Facilities", Permissions.ViewRegisters);
                o.Conventions.AuthorizeFolder("/Directives", Permissions.ViewDirectives);
                o.Conventions.AuthorizeFolder("/Tasks", Permissions.ViewDirectives);
                o.Conventions.AuthorizeFolder("/Actions", Permissions.ViewRegisters);
                o.Conventions.AuthorizeFolder("/Inspections", Permissions.ViewRegisters);
                o.Conventions.AuthorizeFolder("/Inspections/Templates", Permissions.ManageInspections);
                o.Conventions.AuthorizeFolder("/Equipment", Permissions.ViewRegisters);
                o.Conventions.AuthorizeFolder("/RiskPoints", Permissions.ViewRegisters);
                o.Conventions.AuthorizeFolder("/Plans", Permissions.ViewPlans);
                o.Conventions.AuthorizeFolder("/Dissemination", Permissions.ViewTraining);
                o.Conventions.AuthorizeFolder("/Training", Permissions.ViewTraining);
                o.Conventions.AuthorizeFolder("/Difficulties", Permissions.ViewDirectives);
                o.Conventions.AuthorizeFolder("/Reporting", Permissions.ViewReports);
                o.Conventions.AuthorizePage("/Difficulties/Create", Permissions.RaiseDifficulties);
                o.Conventions.AuthorizeFolder("/Incidents", Permissions.ViewIncidents);
                // The pickers' searches (ADR 0094): what the lists that use them need.
                o.Conventions.AuthorizeFolder("/Lookup", Permissions.ViewRegisters);
                o.Conventions.AuthorizePage("/Lookup/Directives", Permissions.ViewDirectives);
                o.Conventions.ConfigureFilter(new MissingHandlerFilter());
                o.Conventions.ConfigureFilter(new AccountStateFilter());
                // Uploads are counted per user once the form is read: only posts that carry a file.
                o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(UploadRateLimitFilter)));
            })
            .AddMvcOptions(o =>
            {
                // Required-ness comes from the FluentValidation validators (with Vietnamese
                // messages), not from C# nullability.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization();
        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>()
            .Configure<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>(ModelBindingMessages.Configure);

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in security.KnownProxies)
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseForwardedHeaders();
        // The host's own logger (file, levels, LogSanitizer): by default the request log goes to the
        // static start-up logger, which writes only to the console (preserveStaticLogger).
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetService<Serilog.ILogger>();
            o.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set("UserName", http.User.Identity?.Name ?? "-");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Static files come before authentication: the login page needs its CSS.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<UnitScopeMiddleware>();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
