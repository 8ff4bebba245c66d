"""Conversation signals: read chat exports, find grooming, recruitment and sextortion."""
