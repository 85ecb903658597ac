using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace FireSafety.Core.Notifications;

/// <summary>One e-mail to one person: subject, plain text and HTML bodies.</summary>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string Text, string Html);

/// <summary>Sends e-mail. The SMTP implementation is <see cref="SmtpEmailSender"/>; tests may replace it.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Sends through the SMTP server of <see cref="EmailOptions"/> with MailKit, one connection per message.</summary>
public sealed class SmtpEmailSender(EmailOptions options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();

        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(options.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
        await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Email:Host is not configured."), options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
