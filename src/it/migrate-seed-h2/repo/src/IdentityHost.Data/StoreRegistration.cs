using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdentityHost.Data;

public static class StoreRegistration
{
    // The schema is created and upgraded by Liquibase, never by EF migrations at start-up.
    public static IIdentityServerBuilder AddIdentityServerStores(this IIdentityServerBuilder builder, string connectionString)
    {
        return builder
            .AddConfigurationStore(options =>
                options.ConfigureDbContext = db => db.UseSqlServer(connectionString))
            .AddOperationalStore(options =>
            {
                options.ConfigureDbContext = db => db.UseSqlServer(connectionString);
                options.EnableTokenCleanup = true;
            });
    }
}
