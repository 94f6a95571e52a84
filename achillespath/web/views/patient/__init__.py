"""The patient area's views. Built on the foundation: see achillespath/web/README.md."""
