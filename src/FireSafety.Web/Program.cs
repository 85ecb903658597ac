using FireSafety.Web.Infrastructure;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var app = FireSafetyApp.Build(args);
    if (CommandLine.IsCommand(args))
    {
        return await CommandLine.RunAsync(app, args);
    }

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    // HostAbortedException is how the EF design-time tools stop the host: not a crash.
    Log.Fatal(ex, "FireSafety stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
