"""Counts of the killed, injured and arrested: parsing numbers and bounds (`parse`), the `polemos_counts`
component (`recognizer`) and the rules that give an event its counts (`attach`)."""
