package org.xinfangflow.documents;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentTemplateRepository extends JpaRepository<DocumentTemplate, String> {
}
