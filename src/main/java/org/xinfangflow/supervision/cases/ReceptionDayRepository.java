package org.xinfangflow.supervision.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceptionDayRepository extends JpaRepository<ReceptionDay, Long> {

  List<ReceptionDay> findByDateBetweenAndStatusInOrderByDateAscIdAsc(LocalDate from, LocalDate to,
      Collection<ReceptionStatus> statuses);
}
