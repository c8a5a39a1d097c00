package org.xinfangflow.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyProfileRepository extends JpaRepository<PolicyProfile, String> {
}
