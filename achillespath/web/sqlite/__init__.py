"""The SQLite database backend: Django's own, with writers queued (see writer_queue)."""
