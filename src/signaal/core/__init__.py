"""Framework-free core: every rule a person could argue about lives here, with no Django."""
