"""Following people up: the VISA-A schedule, caseload flags, and whether recovery is on track."""
