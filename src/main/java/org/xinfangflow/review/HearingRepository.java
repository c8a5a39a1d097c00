package org.xinfangflow.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HearingRepository extends JpaRepository<Hearing, Long> {

  List<Hearing> findByPetitionNumberOrderById(String petitionNumber);
}
