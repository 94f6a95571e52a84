"""The JSON API (django-ninja). Built on the foundation: see achillespath/web/README.md."""
