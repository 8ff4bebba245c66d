"""The web layer (Django, ASGI). The core never imports from here."""
