"""Screening: instruments as data, validation, scoring and advice."""
