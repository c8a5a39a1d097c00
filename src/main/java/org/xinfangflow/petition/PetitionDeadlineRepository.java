package org.xinfangflow.petition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionDeadlineRepository extends JpaRepository<PetitionDeadline, Long> {

  List<PetitionDeadline> findByPetitionIdOrderById(Long petitionId);

  List<PetitionDeadline> findByPetitionIdAndStepOrderByIdDesc(Long petitionId, ClockStep step);
}
