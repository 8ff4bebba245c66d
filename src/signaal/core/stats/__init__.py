"""Yearly figures (issue 6): registrations in (the help chat's own, or a CSV from an older
system), the Fier/CKM-style report out, and the disclosure control that makes it safe to
publish. Framework-free: the web layer stores and fetches the registrations."""
