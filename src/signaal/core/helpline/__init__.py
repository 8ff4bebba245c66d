"""The help chat's framework-free rules: the registration form (one code list with the
yearly figures), opening hours, and the pseudonymous visitor key."""
