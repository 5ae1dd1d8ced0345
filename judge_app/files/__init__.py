"""Any judge-app file, whichever side holds it: what it is (info), whether it is intact
(verification: the audit chain, the signed sheets, the PDFs' signatures), its backups."""
