using FireSafety.Web.Infrastructure;
using Serilog;

// A plain console logger for start-up failures only. Each host builds its own logger from
// configuration (preserveStaticLogger), so several hosts in one process (tests) never clash.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
try
{
    var app = FireSafetyApp.Build(CommandLine.IsCommand(args) ? CommandLine.HostArguments(args) : args);
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
