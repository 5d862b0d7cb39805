"""Identifier detection, key-file matching, pseudonymisation and DOCX/PDF part extraction.

This package never imports ``generator``.
"""
