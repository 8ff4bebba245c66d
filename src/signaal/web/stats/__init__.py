"""Yearly figures in the app (issue 6): imported registrations, the report over those and
the help chat's own registrations, and the statistics page for coordinators."""
