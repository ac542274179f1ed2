package tr.manset.mail;

import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The connection to the configured SMTP server; nothing vendor-specific. */
@Configuration(proxyBeanMethods = false)
class SmtpConfiguration {

    @Bean
    JavaMailSenderImpl smtpSender(MailProperties properties) {
        MailProperties.Smtp smtp = properties.smtp();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setDefaultEncoding("UTF-8");
        if (!properties.sending()) {
            return sender;
        }
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        boolean auth = !smtp.username().isBlank();
        if (auth) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        String timeout = String.valueOf(smtp.timeout().toMillis());
        Properties javaMail = sender.getJavaMailProperties();
        String protocol = smtp.tls() == MailProperties.Tls.TLS ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        javaMail.put("mail." + protocol + ".auth", String.valueOf(auth));
        javaMail.put("mail." + protocol + ".connectiontimeout", timeout);
        javaMail.put("mail." + protocol + ".timeout", timeout);
        javaMail.put("mail." + protocol + ".writetimeout", timeout);
        if (smtp.tls() == MailProperties.Tls.STARTTLS) {
            javaMail.put("mail.smtp.starttls.enable", "true");
            javaMail.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.tls() != MailProperties.Tls.NONE) {
            javaMail.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return sender;
    }
}
