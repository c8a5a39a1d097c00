package org.xinfangflow.supervision.bulletin;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationStepRepository extends JpaRepository<RectificationStep, Long> {

  List<RectificationStep> findByProblemIdInOrderById(Collection<Long> problemIds);
}
