"""The command line: the clinical core for terminals and scripts (`achillespath --help`)."""
