package org.xinfangflow.petition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionEventRepository extends JpaRepository<PetitionEvent, Long> {

  List<PetitionEvent> findByPetitionIdOrderById(Long petitionId);
}
