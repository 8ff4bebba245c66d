"""Knowledge base: articles (Markdown, Dutch and English) and the referral directory."""
