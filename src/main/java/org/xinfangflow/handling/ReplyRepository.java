package org.xinfangflow.handling;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyRepository extends JpaRepository<Reply, Long> {

  Optional<Reply> findFirstByPetitionNumberOrderByIdDesc(String petitionNumber);
}
