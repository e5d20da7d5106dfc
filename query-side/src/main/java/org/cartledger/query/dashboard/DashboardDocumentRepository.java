package org.cartledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

interface DashboardDocumentRepository extends JpaRepository<DashboardDocument, String> {
}
