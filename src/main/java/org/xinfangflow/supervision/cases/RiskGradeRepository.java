package org.xinfangflow.supervision.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskGradeRepository extends JpaRepository<RiskGrade, Long> {

  List<RiskGrade> findByPetitionerIdOrderById(Long petitionerId);
}
