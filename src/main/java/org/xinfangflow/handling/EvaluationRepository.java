package org.xinfangflow.handling;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, String> {
}
