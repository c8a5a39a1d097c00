package org.xinfangflow.supervision.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SponsorshipRepository extends JpaRepository<Sponsorship, Long> {

  Optional<Sponsorship> findByActiveMatter(String matterNumber);

  List<Sponsorship> findBySponsorOrderByIdDesc(String sponsor);

  List<Sponsorship> findAllByOrderByIdDesc();
}
