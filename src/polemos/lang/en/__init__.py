"""English language data (`words`)."""
