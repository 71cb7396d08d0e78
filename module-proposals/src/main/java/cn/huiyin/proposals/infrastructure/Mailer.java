package cn.huiyin.proposals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * Sends plain-text mail through the SMTP server of {@code huiyin.mail.host} / {@code .port} /
 * {@code .from} (optional {@code .username}/{@code .password}, {@code .starttls}). Without a host
 * nothing is sent: people are told in the app only.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "huiyin.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "huiyin.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "huiyin.mail.from", defaultValue = "huiyin@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "huiyin.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "huiyin.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "huiyin.mail.starttls", defaultValue = "false")
    boolean starttls;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, String subject, String text) throws MessagingException {
        if (!enabled()) {
            return;
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", host.get());
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        boolean auth = username.filter(u -> !u.isBlank()).isPresent();
        p.put("mail.smtp.auth", String.valueOf(auth));
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        if (auth) {
            Transport.send(m, username.get(), password.orElse(""));
        } else {
            Transport.send(m);
        }
    }
}
