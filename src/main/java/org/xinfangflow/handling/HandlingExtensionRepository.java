package org.xinfangflow.handling;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandlingExtensionRepository extends JpaRepository<HandlingExtension, String> {
}
