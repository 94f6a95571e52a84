"""Data package: one Markdown file per patient content item (see ``knowledge/content.py``).

It is a package so that setuptools ships the ``*.md`` files and importlib.resources finds them.
"""
