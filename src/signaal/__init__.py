"""Signaal: vroegsignalering van online seksuele uitbuiting van minderjarigen."""

__version__ = "0.1.0"
