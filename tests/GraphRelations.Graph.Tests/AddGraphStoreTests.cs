using GraphRelations.Extraction;
using GraphRelations.Graph.Embedded;
using GraphRelations.Graph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphRelations.Graph.Tests;

/// <summary>AddGraphStore picks the adapter from configuration and rejects incomplete Neo4j settings at start-up.</summary>
public sealed class AddGraphStoreTests
{
    [Fact]
    public async Task Without_neo4j_configured_the_embedded_store_is_used_at_the_configured_path()
    {
        var folder = Directory.CreateTempSubdirectory("graphrelations-di-").FullName;
        var path = Path.Combine(folder, "sub", "graph.db");
        await using (var provider = Build(new() { ["GraphStore:EmbeddedPath"] = path }))
        {
            var store = provider.GetRequiredService<IGraphStore>();
            Assert.IsType<EmbeddedGraphStore>(store);
            await store.InitializeAsync(TestContext.Current.CancellationToken);
            Assert.True(await store.PingAsync(TestContext.Current.CancellationToken));
            Assert.True(File.Exists(path));
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task With_neo4j_configured_the_neo4j_store_is_used()
    {
        await using var provider = Build(new() { ["Neo4j:Uri"] = "http://127.0.0.1:1", ["Neo4j:Password"] = "secret" });
        Assert.IsType<Neo4jGraphStore>(provider.GetRequiredService<IGraphStore>());
        Assert.Equal("neo4j", provider.GetRequiredService<IOptions<Neo4jOptions>>().Value.Database);
    }

    [Fact]
    public async Task Neo4j_settings_without_a_password_fail_validation_without_revealing_secrets()
    {
        await using var provider = Build(new() { ["Neo4j:Uri"] = "http://127.0.0.1:1" });
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);
        Assert.Contains("Neo4j:Password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_the_store_twice_keeps_one_store_and_one_start_up_initialiser()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = "http://127.0.0.1:1",
            ["Neo4j:Password"] = "secret",
        }).Build();
        var services = new ServiceCollection();

        // The ingestion pipeline registers its own store; a host that also asks for one must not get two.
        services.AddGraphStore(configuration);
        services.AddGraphStore(configuration);

        Assert.Single(services, d => d.ServiceType == typeof(IGraphStore));
        Assert.Single(services, d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDomainKnowledge, TestKnowledge>();
        services.AddGraphStore(configuration);
        return services.BuildServiceProvider();
    }
}
