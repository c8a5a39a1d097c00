package org.xinfangflow.supervision;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  Page<Notification> findByRecipientOrderByIdDesc(String recipient, Pageable page);

  Page<Notification> findByRecipientAndReadAtIsNullOrderByIdDesc(String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);
}
