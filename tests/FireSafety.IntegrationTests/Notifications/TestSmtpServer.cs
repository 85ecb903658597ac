using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using FireSafety.TestSupport;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace FireSafety.IntegrationTests.Notifications;

/// <summary>An SMTP server in the test process on a free loopback port, keeping what it receives.</summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();

    public TestSmtpServer()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The links in the e-mails start with this address.</summary>
    public const string BaseUrl = "https://pccc.example.gov.vn/";

    /// <summary>Points the app's e-mail settings at this server (before the host starts).</summary>
    public FireSafetyFactory Serve(FireSafetyFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.With("Email:Host", "127.0.0.1")
            .With("Email:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Email:Security", "None")
            .With("Email:BaseUrl", BaseUrl);
    }

    /// <summary>While true, every message is refused (a mail server that is down for delivery).</summary>
    public bool Refuse
    {
        get => _store.Refuse;
        set => _store.Refuse = value;
    }

    public IReadOnlyList<MimeMessage> Messages => [.. _store.Messages];

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public volatile bool Refuse;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Refuse)
            {
                return SmtpResponse.TransactionFailed;
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
