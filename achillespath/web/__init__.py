"""The web adapter: a Django application around the pure clinical core.

Start at README.md in this folder for the layout and the extension points.
"""
