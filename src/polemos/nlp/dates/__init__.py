"""Dates: normalising date phrases against the publication date (`normalise`), the `polemos_dates` component
(`recognizer`) and the rules that give an event its date (`attach`)."""
