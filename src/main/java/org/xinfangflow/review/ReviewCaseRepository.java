package org.xinfangflow.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCaseRepository extends JpaRepository<ReviewCase, Long> {

  Optional<ReviewCase> findFirstByPetitionNumberAndLevelOrderByIdDesc(String petitionNumber, ReviewLevel level);
}
