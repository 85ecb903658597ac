using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FireSafety.Migrations.SqlServer;

/// <summary>
/// Lets dotnet-ef build the model for this provider without starting the web host:
/// <c>dotnet ef migrations add Name --project src/FireSafety.Migrations.SqlServer</c>.
/// The connection string is never opened for add/script/has-pending-model-changes.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FireSafetyDbContext>
{
    public FireSafetyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<FireSafetyDbContext>();
        DatabaseRegistration.Configure(builder, DatabaseProvider.SqlServer, "Server=(local);Database=FireSafety;Trusted_Connection=True;TrustServerCertificate=True");
        return new FireSafetyDbContext(builder.Options);
    }
}
