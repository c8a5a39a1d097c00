package org.xinfangflow.supervision.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceptionMatterRepository extends JpaRepository<ReceptionMatter, Long> {

  List<ReceptionMatter> findByReceptionIdOrderById(Long receptionId);

  Optional<ReceptionMatter> findByMatterNumber(String matterNumber);

  boolean existsByReceptionId(Long receptionId);
}
