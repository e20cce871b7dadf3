"""Places: the `polemos_places` component that finds and geocodes toponyms (`recognizer`) and the rules that
give an event its place (`attach`)."""
