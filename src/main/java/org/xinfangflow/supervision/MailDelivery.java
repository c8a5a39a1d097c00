package org.xinfangflow.supervision;

import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends a notification as a plain-text mail through the server of {@code spring.mail.*}, if one is set. */
@Component
class MailDelivery {

  private final ObjectProvider<JavaMailSender> mail;
  private final SupervisionProperties properties;

  MailDelivery(ObjectProvider<JavaMailSender> mail, SupervisionProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  void send(String to, String subject, String body) throws IOException {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IOException("未配置邮件服务器（spring.mail.host）");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(to);
    message.setSubject(subject);
    message.setText(body);
    try {
      sender.send(message);
    } catch (MailException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
